package org.stationconfig.connection;

import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.certificates.store.StationCertificateFallback;
import org.stationconfig.clock.StationClock;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsStore;

/**
 * Issue 11, hole 4: when recording a failed connection attempt throws (here the trial bookkeeping, failing on
 * purpose), the station still schedules its next attempt instead of staying offline for good.
 */
@MicronautTest(transactional = false)
class RetryAfterFailedRecordingTest extends StationUnderTest {

    static final AtomicInteger RECORDINGS = new AtomicInteger();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("test.failing-trial-records", "true");
    }

    @Test
    void theNextAttemptIsScheduledEvenWhenRecordingTheFailureThrows() {
        csms.knownIds = List.of("SOMEONE-ELSE"); // every attempt fails with a 404
        RECORDINGS.set(0);
        commission("CP-RETRY", Map.of());
        await().atMost(WITHIN).until(() -> RECORDINGS.get() >= 3);
    }

    /** The trial bookkeeping with a fault injected where a failed attempt is recorded. */
    @Singleton
    @Replaces(ConnectionTrials.class)
    @Requires(property = "test.failing-trial-records", value = "true")
    static class FailingTrials extends ConnectionTrials {

        FailingTrials(ConnectionMemoryRepository repository, LastKnownGood lastKnownGood, SettingChanges changes,
                      SettingsStore settings, AuditLog auditLog, SecurityEvents securityEvents, StationClock clock,
                      StationCertificateFallback certificates) {
            super(repository, lastKnownGood, changes, settings, auditLog, securityEvents, clock, certificates);
        }

        @Override
        boolean failed(ConnectionParameters target, LastError error) {
            RECORDINGS.incrementAndGet();
            throw new IllegalStateException("injected: the database refused to record the failed attempt");
        }
    }
}
