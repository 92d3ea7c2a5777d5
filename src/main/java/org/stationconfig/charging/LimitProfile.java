package org.stationconfig.charging;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A charging profile as the station holds it (S16 §3.13): limits over time for the station, a connector or a
 * transaction. The components are named as the profile's stored JSON names them.
 *
 * @param transactionId only for a TxProfile: the transaction it belongs to
 * @param recurrencyKind only for a Recurring profile
 */
public record LimitProfile(int chargingProfileId, @Nullable Integer transactionId, int stackLevel,
                           ProfilePurpose chargingProfilePurpose, ProfileKind chargingProfileKind,
                           @Nullable Recurrence recurrencyKind, @Nullable Instant validFrom, @Nullable Instant validTo,
                           LimitSchedule chargingSchedule) {
}
