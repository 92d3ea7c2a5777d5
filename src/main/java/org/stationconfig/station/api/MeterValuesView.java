package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.stationconfig.station.metering.MeterSample;
import org.stationconfig.station.metering.Sample;

/** Meter values taken at one moment, in OCPP's spelling. */
@Serdeable
public record MeterValuesView(Instant timestamp, List<Value> values) {

    @Serdeable
    public record Value(@Nullable String measurand, @Nullable String phase, String value, @Nullable String unit,
                        @Nullable String context) {
    }

    public static MeterValuesView of(MeterSample sample) {
        return new MeterValuesView(sample.timestamp(), sample.values().stream().map(MeterValuesView::value).toList());
    }

    private static Value value(Sample sample) {
        return new Value(sample.measurand().text(), sample.phase() == null ? null : sample.phase().text(),
                sample.value(), sample.unit() == null ? null : sample.unit().name(), sample.context().text());
    }
}
