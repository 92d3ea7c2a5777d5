package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The trial of new connection settings and the last rollback, persisted so a restart in the middle of a trial
 * continues it. The settings that worked last (last-known-good) are kept beside it, one row per setting
 * ({@link GoodConnectionValue}).
 */
@MappedEntity("connection_memory")
record ConnectionMemory(
        @Id Long id,
        boolean trialActive,
        String trialKeys,
        int trialAttempts,
        @Nullable Instant lastRollbackAt,
        @Nullable String lastRollbackReason) {

    ConnectionMemory withoutTrial() {
        return new ConnectionMemory(id, false, "", 0, lastRollbackAt, lastRollbackReason);
    }

    ConnectionMemory withTrial(String keys) {
        return new ConnectionMemory(id, true, keys, 0, lastRollbackAt, lastRollbackReason);
    }

    ConnectionMemory withFailedAttempt() {
        return new ConnectionMemory(id, trialActive, trialKeys, trialAttempts + 1, lastRollbackAt, lastRollbackReason);
    }

    ConnectionMemory withRollback(Instant at, String reason) {
        return new ConnectionMemory(id, false, "", 0, at, reason);
    }

    @Override
    public String toString() {
        return "ConnectionMemory[trial " + trialActive + " " + trialKeys + " attempts " + trialAttempts + "]";
    }
}
