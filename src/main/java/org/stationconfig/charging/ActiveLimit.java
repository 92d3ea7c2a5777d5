package org.stationconfig.charging;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** The current the station offers now and which limit decides it (SPEC §4 fallback limit). */
@Serdeable
public record ActiveLimit(BigDecimal amps, Source source, String reason) {

    public enum Source { HARDWARE, CHARGING_PROFILE, FALLBACK }
}
