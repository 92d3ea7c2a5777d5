package org.stationconfig.station.metering;

import java.time.Instant;
import java.util.List;

/** The configured measurands of one connector's meter, taken at one moment. */
public record MeterSample(Instant timestamp, List<Sample> values) {
}
