package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.audit.Source;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.store.StationCertificateFallback;
import org.stationconfig.clock.StationClock;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsStore;

/**
 * Trial and rollback of connection settings (SPEC §3). New settings are tried; after
 * {@code connectionTrialAttempts} failed attempts the last-known-good ones are written back through the normal write
 * path (audited, as the station), with the reason in the status, the audit log and, for security parameters, the
 * security log. With no last-known-good (first commissioning) there is nothing to roll back to: it keeps trying.
 * Used on the OCPP thread only.
 */
@Singleton
class ConnectionTrials {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionTrials.class);

    private final ConnectionMemoryRepository repository;
    private final LastKnownGood lastKnownGood;
    private final SettingChanges changes;
    private final SettingsStore settings;
    private final AuditLog auditLog;
    private final SecurityEvents securityEvents;
    private final StationClock clock;
    private final StationCertificateFallback certificates;
    private ConnectionMemory memory;
    private ConnectionParameters good;

    ConnectionTrials(ConnectionMemoryRepository repository, LastKnownGood lastKnownGood, SettingChanges changes,
                     SettingsStore settings, AuditLog auditLog, SecurityEvents securityEvents, StationClock clock,
                     StationCertificateFallback certificates) {
        this.certificates = certificates;
        this.repository = repository;
        this.lastKnownGood = lastKnownGood;
        this.changes = changes;
        this.settings = settings;
        this.auditLog = auditLog;
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    private ConnectionMemory memory() {
        if (memory == null) {
            memory = repository.findById(1L).orElseThrow();
            good = lastKnownGood.read();
        }
        return memory;
    }

    /**
     * The station is about to connect with {@code desired}.
     *
     * @param continuing true right after start-up: a trial that was running goes on with its attempts
     */
    void connecting(ConnectionParameters desired, boolean continuing) {
        ConnectionParameters good = lastKnownGood();
        if (good == null) {
            return;
        }
        if (!good.equals(good.completedFrom(desired))) {
            keep(good.completedFrom(desired), memory()); // a connection setting declared since it was kept
            good = lastKnownGood();
        }
        if (good.equals(desired)) {
            if (memory().trialActive()) {
                keep(good, memory().withoutTrial());
            }
            return;
        }
        if (continuing && memory().trialActive()) {
            return;
        }
        save(memory().withTrial(String.join(",", desired.differences(good))));
        LOG.info("Trying new connection settings ({}); the last ones that worked are kept", memory().trialKeys());
    }

    boolean active() {
        return memory().trialActive();
    }

    @Nullable
    ConnectionParameters lastKnownGood() {
        memory();
        return good;
    }

    /** These settings reached the central system: they become the last-known-good. */
    void succeeded(ConnectionParameters target) {
        boolean wasTrial = memory().trialActive();
        if (wasTrial || !target.equals(lastKnownGood())) {
            keep(target, memory().withoutTrial());
        }
        if (wasTrial) {
            auditLog.record(Source.SYSTEM, "system", Category.CONNECTION, "TRIAL_SUCCEEDED",
                    "new connection settings work; they are now the ones to return to");
        }
    }

    /**
     * A failed attempt with the settings on trial.
     *
     * @return true when this was the last allowed attempt and the previous settings were restored
     */
    boolean failed(ConnectionParameters target, LastError error) {
        if (!memory().trialActive()) {
            return false;
        }
        save(memory().withFailedAttempt());
        int allowed = settings.current().get(Setting.CONNECTION_TRIAL_ATTEMPTS);
        if (memory().trialAttempts() < allowed) {
            return false;
        }
        if (!canRollBack(target)) {
            if (memory().trialAttempts() == allowed) {
                LOG.warn("New connection settings failed {} time(s), but the previous station certificate can no longer "
                        + "be used: the station keeps trying the new one", allowed);
            }
            return false;
        }
        rollBack(target, error, allowed);
        return true;
    }

    /** Going back to a previous station certificate needs it still installed and valid. */
    private boolean canRollBack(ConnectionParameters target) {
        ConnectionParameters good = lastKnownGood();
        boolean certificateOnTrial = target.differences(good).contains(ConnectionParameters.STATION_CERTIFICATE);
        return !certificateOnTrial || good.stationCertificate() == null
                ? !onlyTheCertificateDiffers(target, good)
                : certificates.canReturnTo(good.stationCertificate());
    }

    /** A certificate change with no previous certificate to present (profile 3 was not in use) cannot be undone. */
    private static boolean onlyTheCertificateDiffers(ConnectionParameters target, ConnectionParameters good) {
        return target.differences(good).equals(List.of(ConnectionParameters.STATION_CERTIFICATE));
    }

    private void rollBack(ConnectionParameters target, LastError error, int attempts) {
        ConnectionParameters good = lastKnownGood();
        List<String> keys = target.differences(good);
        String reason = "new " + String.join(", ", keys) + " failed " + attempts + " time(s), last: " + error.code()
                + " (" + error.message() + "); the previous settings were restored";
        save(memory().withRollback(clock.now(), reason));
        auditLog.record(Source.SYSTEM, "system", Category.CONNECTION, "ROLLBACK", reason);
        LOG.warn("Connection settings rolled back: {}", reason);
        boolean certificate = keys.remove(ConnectionParameters.STATION_CERTIFICATE);
        if (certificate || keys.stream().anyMatch(settings.current().registry()::securityParameter)) {
            securityEvents.raise(SecurityEvent.ReconfigurationOfSecurityParameters, "rollback: " + reason, clock.now());
        }
        if (certificate && good.stationCertificate() != null && target.stationCertificate() != null) {
            // announced as a certificate change: the connection follows with the previous certificate
            certificates.withdraw(target.stationCertificate(), "profile 3 could not connect with it: " + error.code()
                    + " (" + error.message() + ")");
        }
        Map<String, Object> restore = new LinkedHashMap<>();
        keys.forEach(key -> restore.put(key, good.settings().get(key)));
        if (!restore.isEmpty()) {
            changes.apply(new ChangeRequest(Actor.system(), restore, true, null));
        }
    }

    TrialStatus status(@Nullable LastError fallbackError) {
        ConnectionMemory current = memory();
        List<String> keys = current.trialKeys().isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(current.trialKeys().split(",")));
        return new TrialStatus(current.trialActive(), lastKnownGood() != null, current.trialAttempts(),
                settings.current().get(Setting.CONNECTION_TRIAL_ATTEMPTS), keys, current.lastRollbackAt(),
                current.lastRollbackReason(), fallbackError);
    }

    private void save(ConnectionMemory updated) {
        memory = repository.update(updated);
    }

    /** The new last-known-good and the trial's end, together or not at all. */
    private void keep(ConnectionParameters updated, ConnectionMemory trial) {
        memory = lastKnownGood.keep(updated, () -> repository.update(trial));
        good = updated;
    }
}
