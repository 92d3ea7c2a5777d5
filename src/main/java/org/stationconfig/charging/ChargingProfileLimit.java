package org.stationconfig.charging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** The current the installed charging profiles allow now (smart charging), in amps; empty when no profile limits. */
public interface ChargingProfileLimit {

    Optional<BigDecimal> amps(Instant now);
}
