package org.stationconfig.connection;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.clock.StationClock;
import org.stationconfig.i18n.Bundle;
import org.stationconfig.i18n.Text;
import org.stationconfig.ocpp.transport.ClientTls;
import org.stationconfig.ocpp.transport.DialFailure;
import org.stationconfig.ocpp.transport.DialRequest;
import org.stationconfig.ocpp.transport.Dialer;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.ChangeResult;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsRejected;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.settings.rules.AccessKeyEndpointRule;

/**
 * Tries candidate connection settings without saving them: the values are checked like a change, then the station
 * dials up to the WebSocket upgrade with {@code ocpp1.6} and closes with 1000 without sending any OCPP frame. It is
 * the connection the station would make (SPEC §3): the station's own trust anchors, for profile 3 its certificate,
 * the live link's TLS policy and the same diagnosis. The stored access key goes only to its own endpoint
 * ({@link org.stationconfig.settings.rules.AccessKeyEndpointRule}); every test is audited.
 */
@Singleton
public class ConnectionTester {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> STAGES = List.of("DNS", "TCP", "TLS", "HTTP", "SUBPROTOCOL");

    private final SettingChanges changes;
    private final SettingsStore settings;
    private final ConnectionReadiness readiness;
    private final Dialer dialer;
    private final LiveConnection live;
    private final StationClock clock;
    private final TlsDiagnosis tls;
    private final DialDiagnosis diagnosis;
    private final AuditLog auditLog;

    ConnectionTester(SettingChanges changes, SettingsStore settings, ConnectionReadiness readiness,
                     Dialer dialer, LiveConnection live, StationClock clock, TlsDiagnosis tls,
                     DialDiagnosis diagnosis, AuditLog auditLog) {
        this.changes = changes;
        this.settings = settings;
        this.readiness = readiness;
        this.dialer = dialer;
        this.live = live;
        this.clock = clock;
        this.tls = tls;
        this.diagnosis = diagnosis;
        this.auditLog = auditLog;
    }

    /**
     * Never fails for a reason of the station's own (an interrupt, a request that cannot be built): that is a failed
     * test. Every test is audited, however it ends.
     *
     * @throws SettingsRejected when a candidate value is invalid, or (reason INVALID) something needed is missing
     */
    public ConnectionTestResult test(ChangeRequest candidate) {
        return test(candidate, Locale.ENGLISH);
    }

    /** The same, with the warnings, the note and the refusals for "needed to connect" in this language. */
    public ConnectionTestResult test(ChangeRequest candidate, Locale language) {
        String target = targetOf(candidate);
        String outcome = "ended without a result";
        try {
            ChangeResult preview;
            try {
                preview = changes.preview(candidate);
                List<String> missing = readiness.missing(preview.snapshot());
                if (!missing.isEmpty()) {
                    Text needed = Text.of("connectionTest.needed");
                    throw new SettingsRejected(SettingsRejected.Reason.INVALID, missing.stream().collect(
                            java.util.stream.Collectors.toMap(key -> key, key -> needed.english())),
                            missing.stream().collect(java.util.stream.Collectors.toMap(key -> key, key -> needed)));
                }
            } catch (SettingsRejected refused) {
                outcome = "refused before dialling: " + refused.reason() + " " + refused.keys();
                throw refused;
            }
            ConnectionParameters parameters = ConnectionParameters.of(preview.snapshot(), tls.presentedCertificate());
            String url = parameters.effectiveUri().toString();
            target = url;
            List<String> stages = STAGES.stream().filter(stage -> parameters.tls() || !stage.equals("TLS")).toList();
            String note = sameIdentityAsLive(parameters) ? Bundle.text(language, "connectionTest.note.sameIdentity") : null;
            ConnectionTestResult dialled = dial(parameters, url, stages, preview, note);
            ConnectionTestResult result = new ConnectionTestResult(dialled.ok(), dialled.effectiveUrl(), dialled.stages(),
                    dialled.error(), preview.warnings(language), dialled.note());
            outcome = result.ok() ? "ok" : "failed at " + result.error().stage() + ": " + result.error().code();
            return result;
        } finally {
            audit(candidate, target, outcome);
        }
    }

    /** The host a candidate points at, named before anything is checked (no path, no credentials). */
    private String targetOf(ChangeRequest candidate) {
        SettingsSnapshot stored = settings.current();
        Object url = candidate.values().getOrDefault("centralSystemUrl", stored.get(Setting.CENTRAL_SYSTEM_URL));
        Object id = candidate.values().getOrDefault("chargePointId", stored.get(Setting.CHARGE_POINT_ID));
        int profile;
        try {
            profile = Integer.parseInt(String.valueOf(candidate.values().getOrDefault("securityProfile",
                    stored.value("securityProfile"))));
        } catch (NumberFormatException notANumber) {
            profile = stored.get(Setting.SECURITY_PROFILE);
        }
        AccessKeyEndpointRule.Endpoint endpoint = AccessKeyEndpointRule.endpoint(url == null ? null : url.toString(),
                id == null ? null : id.toString(), profile);
        return endpoint == null ? "(no usable URL)" : endpoint.toString();
    }

    private ConnectionTestResult dial(ConnectionParameters parameters, String url, List<String> stages,
                                      ChangeResult preview, String note) {
        Optional<ClientTls> material = parameters.tls() ? tls.material(parameters.securityProfile()) : Optional.empty();
        if (parameters.tls() && material.isEmpty()) {
            LastError missing = Diagnoses.of(new DialFailure(DialFailure.Stage.TLS, "TLS_UNTRUSTED",
                    "no valid CentralSystemRootCertificate (or, for profile 3, station certificate) is installed", 0, null),
                    clock.now(), 1);
            return new ConnectionTestResult(false, url, reached(stages, "TLS", missing.message()), missing,
                    preview.warnings(), note);
        }
        LastError error;
        try {
            DialRequest request = new DialRequest(parameters.effectiveUri(), parameters.chargePointId(),
                    parameters.password(), material.orElse(null), TIMEOUT);
            OcppLink link = dialer.dial(request).get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            link.close(1000, "connection test");
            List<ConnectionTestResult.Stage> passed = stages.stream()
                    .map(stage -> new ConnectionTestResult.Stage(stage, true, null)).toList();
            return new ConnectionTestResult(true, url, passed, null, preview.warnings(), note);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = stationError("the connection test was interrupted", e);
        } catch (ExecutionException | TimeoutException | CompletionException e) {
            error = explained(failure(e), parameters);
        } catch (RuntimeException e) {
            error = stationError("the station could not open the connection (" + e.getClass().getSimpleName() + ")", e);
        }
        return new ConnectionTestResult(false, url, reached(stages, error.stage(), error.message()), error,
                preview.warnings(), note);
    }

    private LastError stationError(String message, Exception cause) {
        return Diagnoses.of(new DialFailure(DialFailure.Stage.TCP, "STATION_ERROR", message, 0, cause), clock.now(), 1);
    }

    /** The live connection's diagnosis (a TLS failure is named by a handshake with the station's roots). */
    private LastError explained(DialFailure failure, ConnectionParameters parameters) {
        try {
            return diagnosis.ofTest(failure, parameters).get(TIMEOUT.toSeconds() * 3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Diagnoses.of(failure, clock.now(), 1);
        } catch (ExecutionException | TimeoutException e) {
            return Diagnoses.of(failure, clock.now(), 1);
        }
    }

    private static List<ConnectionTestResult.Stage> reached(List<String> stages, String failedStage, String detail) {
        List<ConnectionTestResult.Stage> reached = new ArrayList<>();
        for (String stage : stages) {
            if (stage.equals(failedStage)) {
                reached.add(new ConnectionTestResult.Stage(stage, false, detail));
                break;
            }
            reached.add(new ConnectionTestResult.Stage(stage, true, null));
        }
        return reached;
    }

    /** Who tested what and how it went; the target never carries credentials (the URL rule refuses userinfo). */
    private void audit(ChangeRequest candidate, String target, String outcome) {
        auditLog.record(candidate.actor().source(), candidate.actor().name(), Category.CONNECTION, "CONNECTION_TEST",
                "connection test of " + target + ": " + outcome);
    }

    private boolean sameIdentityAsLive(ConnectionParameters candidate) {
        LiveConnection.Reading reading = live.read();
        return reading.state() == ConnectionState.CONNECTED && settings.current().get(Setting.ENABLED)
                && candidate.sameEndpoint(ConnectionParameters.of(settings.current()));
    }

    private static DialFailure failure(Exception e) {
        Throwable cause = e instanceof ExecutionException || e instanceof CompletionException
                ? e.getCause() : e;
        if (cause instanceof DialFailure failure) {
            return failure;
        }
        return new DialFailure(DialFailure.Stage.TCP, "TCP_TIMEOUT", "no answer within " + TIMEOUT.toSeconds() + " s", 0, cause);
    }
}
