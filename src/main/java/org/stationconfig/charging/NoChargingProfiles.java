package org.stationconfig.charging;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Until smart charging is in place no profile limits the current. */
@Singleton
@Secondary
public class NoChargingProfiles implements ChargingProfileLimit {

    @Override
    public Optional<BigDecimal> amps(Instant now) {
        return Optional.empty();
    }
}
