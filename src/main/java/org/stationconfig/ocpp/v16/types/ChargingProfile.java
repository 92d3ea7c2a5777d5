package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;

/** S16 ch.7. transactionId only for a TxProfile; stackLevel ≥ 0. */
@Introspected
public record ChargingProfile(int chargingProfileId, Integer transactionId, @PositiveOrZero int stackLevel,
                              @NotNull ChargingProfilePurpose chargingProfilePurpose,
                              @NotNull ChargingProfileKind chargingProfileKind, RecurrencyKind recurrencyKind,
                              Instant validFrom, Instant validTo, @NotNull ChargingSchedule chargingSchedule) {
}
