package org.stationconfig.ocpp.session;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.stationconfig.ocpp.clock.StationClock;
import org.stationconfig.ocpp.status.ConnectionReadiness;
import org.stationconfig.ocpp.status.ConnectionState;
import org.stationconfig.ocpp.status.LiveConnection;
import org.stationconfig.ocpp.transport.DialFailure;
import org.stationconfig.ocpp.transport.DialRequest;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.ocpp.transport.WebSocketDialer;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.ChangeResult;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsRejected;
import org.stationconfig.settings.SettingsStore;

/**
 * Tries candidate connection settings without saving them: the values are checked like a change, then the station
 * dials up to the WebSocket upgrade with {@code ocpp1.6} and closes with 1000 without sending any OCPP frame.
 */
@Singleton
public class ConnectionTester {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> STAGES = List.of("DNS", "TCP", "TLS", "HTTP", "SUBPROTOCOL");

    private final SettingChanges changes;
    private final SettingsStore settings;
    private final ConnectionReadiness readiness;
    private final WebSocketDialer dialer;
    private final LiveConnection live;
    private final StationClock clock;

    public ConnectionTester(SettingChanges changes, SettingsStore settings, ConnectionReadiness readiness,
                            WebSocketDialer dialer, LiveConnection live, StationClock clock) {
        this.changes = changes;
        this.settings = settings;
        this.readiness = readiness;
        this.dialer = dialer;
        this.live = live;
        this.clock = clock;
    }

    /**
     * @throws SettingsRejected when a candidate value is invalid, or (reason INVALID) something needed is missing
     */
    public ConnectionTestResult test(ChangeRequest candidate) {
        ChangeResult preview = changes.preview(candidate);
        List<String> missing = readiness.missing(preview.snapshot());
        if (!missing.isEmpty()) {
            throw new SettingsRejected(SettingsRejected.Reason.INVALID, missing.stream().collect(
                    java.util.stream.Collectors.toMap(key -> key, key -> "is needed to connect")));
        }
        ConnectionParameters parameters = ConnectionParameters.of(preview.snapshot());
        String url = parameters.effectiveUri().toString();
        List<String> stages = STAGES.stream().filter(stage -> parameters.tls() || !stage.equals("TLS")).toList();
        DialRequest request = new DialRequest(parameters.effectiveUri(), parameters.chargePointId(), parameters.password(),
                null, TIMEOUT);
        String note = sameIdentityAsLive(parameters)
                ? "The live connection uses the same charge point id; some central systems close it when a second "
                  + "connection arrives. It reconnects by itself." : null;
        try {
            OcppLink link = dialer.dial(request).get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            link.close(1000, "connection test");
            List<ConnectionTestResult.Stage> passed = stages.stream()
                    .map(stage -> new ConnectionTestResult.Stage(stage, true, null)).toList();
            return new ConnectionTestResult(true, url, passed, null, preview.warnings(), note);
        } catch (Exception e) {
            DialFailure failure = failure(e);
            List<ConnectionTestResult.Stage> reached = new ArrayList<>();
            for (String stage : stages) {
                if (stage.equals(failure.stage().name())) {
                    reached.add(new ConnectionTestResult.Stage(stage, false, failure.getMessage()));
                    break;
                }
                reached.add(new ConnectionTestResult.Stage(stage, true, null));
            }
            return new ConnectionTestResult(false, url, reached, Diagnoses.of(failure, clock.now(), 1),
                    preview.warnings(), note);
        }
    }

    private boolean sameIdentityAsLive(ConnectionParameters candidate) {
        LiveConnection.Reading reading = live.read();
        return reading.state() == ConnectionState.CONNECTED && settings.current().boolValue("enabled")
                && candidate.sameEndpoint(ConnectionParameters.of(settings.current()));
    }

    private static DialFailure failure(Exception e) {
        Throwable cause = e instanceof java.util.concurrent.ExecutionException || e instanceof CompletionException
                ? e.getCause() : e;
        if (cause instanceof DialFailure failure) {
            return failure;
        }
        return new DialFailure(DialFailure.Stage.TCP, "TCP_TIMEOUT", "no answer within " + TIMEOUT.toSeconds() + " s", 0, cause);
    }
}
