package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The last connection settings that worked (last-known-good) and the trial of new ones, persisted so a restart in
 * the middle of a trial continues it. The good access key is kept like the setting itself: never shown or logged.
 */
@MappedEntity("connection_memory")
record ConnectionMemory(
        @Id Long id,
        @Nullable String goodUrl,
        @Nullable String goodChargePointId,
        @Nullable Integer goodSecurityProfile,
        @Nullable String goodAccessKey,
        @Nullable Boolean goodHexAsText,
        boolean trialActive,
        String trialKeys,
        int trialAttempts,
        @Nullable Instant lastRollbackAt,
        @Nullable String lastRollbackReason,
        @Nullable String goodStationCertificate) {

    @Nullable
    ConnectionParameters lastKnownGood() {
        return goodUrl == null ? null : new ConnectionParameters(goodUrl, goodChargePointId, goodSecurityProfile,
                goodAccessKey, Boolean.TRUE.equals(goodHexAsText), goodStationCertificate);
    }

    ConnectionMemory withGood(ConnectionParameters good) {
        return new ConnectionMemory(id, good.centralSystemUrl(), good.chargePointId(), good.securityProfile(),
                good.accessKey(), good.hexAsText(), false, "", 0, lastRollbackAt, lastRollbackReason,
                good.stationCertificate());
    }

    ConnectionMemory withTrial(String keys) {
        return new ConnectionMemory(id, goodUrl, goodChargePointId, goodSecurityProfile, goodAccessKey, goodHexAsText,
                true, keys, 0, lastRollbackAt, lastRollbackReason, goodStationCertificate);
    }

    ConnectionMemory withFailedAttempt() {
        return new ConnectionMemory(id, goodUrl, goodChargePointId, goodSecurityProfile, goodAccessKey, goodHexAsText,
                trialActive, trialKeys, trialAttempts + 1, lastRollbackAt, lastRollbackReason, goodStationCertificate);
    }

    ConnectionMemory withRollback(Instant at, String reason) {
        return new ConnectionMemory(id, goodUrl, goodChargePointId, goodSecurityProfile, goodAccessKey, goodHexAsText,
                false, "", 0, at, reason, goodStationCertificate);
    }

    @Override
    public String toString() {
        return "ConnectionMemory[trial " + trialActive + " " + trialKeys + " attempts " + trialAttempts + "]";
    }
}
