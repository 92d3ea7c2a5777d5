package org.stationconfig.fuzz.ocpp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.charging.ChargingProfiles;
import org.stationconfig.connection.Registration;
import org.stationconfig.fuzz.FuzzReport;
import org.stationconfig.ocpp.rpc.CallError;
import org.stationconfig.ocpp.rpc.CallResult;
import org.stationconfig.ocpp.rpc.DecodeResult;
import org.stationconfig.ocpp.rpc.ErrorCode;
import org.stationconfig.ocpp.rpc.Frame;
import org.stationconfig.ocpp.rpc.FrameCodec;
import org.stationconfig.ocpp.rpc.LogText;
import org.stationconfig.ocpp.v16.ActionDefinition;
import org.stationconfig.ocpp.v16.ActionTable;
import org.stationconfig.ocpp.v16.Direction;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.status.ConnectionStatusService;

/**
 * The station attacked by its central system (issue 11): hostile frames generated from the 1.6 message records for
 * every action a central system may send, over a real WebSocket on loopback, one after the other. Every frame is
 * answered within MessageTimeout with a CALLRESULT or the CALLERROR the rules call for (or not at all where OCPP-J
 * says so), the link stays up, Heartbeats come on time whenever the link goes quiet, and a refused call stores
 * nothing (settings and charging profiles unchanged).
 * <p>{@code -Dfuzz.ocpp.frames=N} (default 3000; {@code mvn -Pfuzz verify}: 100000) and {@code -Dfuzz.seed=S}.
 * The figures are printed and written to {@code target/fuzz/ocpp.txt}.
 */
@MicronautTest(transactional = false)
class OcppFuzzTest extends TestDataDir {

    static final long SEED = Long.getLong("fuzz.seed", 20261207L);
    static final int FRAMES = Integer.getInteger("fuzz.ocpp.frames", 3000);
    static final int MESSAGE_TIMEOUT = 10;
    static final int HEARTBEAT_INTERVAL = 2;
    static final int HEARTBEAT_EVERY = 1000;
    static final int DUPLICATE_EVERY = 97;

    @Inject
    EmbeddedServer server;
    @Inject
    FuzzLink link;
    @Inject
    SettingChanges changes;
    @Inject
    SettingsStore settings;
    @Inject
    ChargingProfiles profiles;
    @Inject
    ConnectionStatusService status;

    private final FrameCodec codec = new FrameCodec();
    private final Oracle oracle = new Oracle();
    private final FuzzFigures figures = new FuzzFigures();
    private long probes;

    private record State(long settingsVersion, List<String> profiles) {
    }

    private State state() {
        return new State(settings.current().version(),
                profiles.installed().stream().map(p -> p.connectorId() + ":" + p.profile().chargingProfileId()).sorted().toList());
    }

    @Test
    void everyHostileFrameIsAnsweredRightAndTheStationStaysUp() throws Exception {
        link.heartbeatInterval = HEARTBEAT_INTERVAL;
        changes.apply(ChangeRequest.fromApp(Actor.app("installer", Role.INSTALLER), Map.of(
                "centralSystemUrl", "ws://127.0.0.1:" + server.getPort() + "/fuzz", "chargePointId", "CP-FUZZ",
                "securityProfile", 0, "messageTimeout", MESSAGE_TIMEOUT, "reconnectInterval", 1, "enabled", true), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> link.open()
                && status.current().registration() == Registration.ACCEPTED
                && settings.current().intValue("heartbeatInterval") == HEARTBEAT_INTERVAL);
        int opened = link.opened.get();

        List<ActionDefinition<?, ?>> actions = ActionTable.v16().all().stream()
                .filter(action -> action.direction() != Direction.CHARGE_POINT_TO_CENTRAL_SYSTEM).toList();
        FrameFactory factory = new FrameFactory(new Random(SEED), actions);
        long started = System.nanoTime();
        heartbeatOnTime();
        for (int i = 1; i <= FRAMES && figures.failures.isEmpty(); i++) {
            if (i % DUPLICATE_EVERY == 0) {
                duplicate(factory.duplicate());
            } else {
                one(factory.next());
            }
            if (!link.open() || link.closed.get() > 0) {
                figures.fail("the link closed after frame " + i);
            }
            if (i % 500 == 0) {
                System.out.println("OCPP fuzzing: " + i + " frames, " + figures.byAnswer);
            }
            if (i % HEARTBEAT_EVERY == 0) {
                heartbeatOnTime();
            }
        }
        heartbeatOnTime();
        String report = figures.report(SEED, (System.nanoTime() - started) / 1_000_000);
        System.out.println(report);
        FuzzReport.write("ocpp.txt", report);

        assertTrue(figures.failures.isEmpty(), report);
        assertEquals(opened, link.opened.get(), "the station never reconnected");
        assertEquals(0, link.closed.get(), "the link never closed");
    }

    private void one(FrameFactory.Frame frame) throws InterruptedException {
        Oracle.Expected expected = oracle.expect(frame.text());
        if (expected.valid() && "Reset".equals(frame.action())) {
            figures.skipped++; // a valid Reset restarts the link: right, but not what this suite watches
            return;
        }
        figures.frame(frame.kind().name());
        State before = state();
        long sent = System.nanoTime();
        link.send(frame.text());
        if (expected.silent()) {
            String probe = "probe-" + (++probes);
            link.send("[2,\"" + probe + "\",\"GetLocalListVersion\",{}]");
            FuzzLink.Answer answer = link.nextAnswer(MESSAGE_TIMEOUT * 1000L);
            if (answer == null || !answer.text().startsWith("[3,\"" + probe + "\"")) {
                figures.fail(frame.kind() + " must stay unanswered, got " + excerpt(answer) + " for " + LogText.excerpt(frame.text()));
                return;
            }
            figures.silent++;
            return;
        }
        FuzzLink.Answer answer = link.nextAnswer(MESSAGE_TIMEOUT * 1000L);
        if (answer == null) {
            figures.fail(frame.kind() + " not answered within MessageTimeout: " + LogText.excerpt(frame.text()));
            return;
        }
        check(frame, expected, answer, sent, before);
    }

    private void check(FrameFactory.Frame frame, Oracle.Expected expected, FuzzLink.Answer answer, long sent, State before) {
        long latency = answer.receivedNanos() - sent;
        Frame reply = codec.decode(answer.text()) instanceof DecodeResult.Valid valid ? valid.frame() : null;
        String what = frame.kind() + " " + frame.action() + " " + LogText.excerpt(frame.text()) + " -> " + excerpt(answer);
        if (reply == null || !reply.messageId().equals(expected.messageId())) {
            figures.fail("answer to another id: " + what);
            return;
        }
        if (latency > MESSAGE_TIMEOUT * 1_000_000_000L) {
            figures.fail("answered after MessageTimeout: " + what);
        }
        boolean refused;
        if (reply instanceof CallError error) {
            figures.answer("CALLERROR " + error.errorCode(), latency);
            refused = true;
            if (expected.code() != null && error.errorCode() != expected.code()) {
                figures.fail("expected " + expected.code() + ": " + what);
            }
            if (expected.valid() && (error.errorCode() == ErrorCode.InternalError || error.errorCode() == ErrorCode.GenericError)) {
                figures.fail("a valid request failed inside the station: " + what);
            }
        } else {
            CallResult result = (CallResult) reply;
            var statusNode = result.payload().get("status");
            String statusText = statusNode != null && statusNode.isString() ? statusNode.getStringValue() : "-";
            figures.answer("CALLRESULT", latency);
            refused = statusText.equals("Rejected") || statusText.equals("NotSupported");
            if (expected.code() != null) {
                figures.fail("expected " + expected.code() + ", got a CALLRESULT: " + what);
            }
        }
        boolean storing = "ChangeConfiguration".equals(frame.action()) || "SetChargingProfile".equals(frame.action());
        if (refused && (storing || reply instanceof CallError) && !before.equals(state())) {
            figures.fail("a refused call changed the settings or the charging profiles: " + what);
        }
    }

    private void duplicate(List<FrameFactory.Frame> pair) throws InterruptedException {
        FrameFactory.Frame frame = pair.get(0);
        Oracle.Expected expected = oracle.expect(frame.text());
        if (expected.valid() && "Reset".equals(frame.action())) {
            figures.skipped++;
            return;
        }
        figures.frame("DUPLICATE_MESSAGE_ID");
        figures.frame("DUPLICATE_MESSAGE_ID");
        long sent = System.nanoTime();
        link.send(frame.text());
        link.send(frame.text());
        for (int i = 0; i < 2; i++) {
            FuzzLink.Answer answer = link.nextAnswer(MESSAGE_TIMEOUT * 1000L);
            Frame reply = answer == null ? null
                    : codec.decode(answer.text()) instanceof DecodeResult.Valid valid ? valid.frame() : null;
            if (reply == null || !reply.messageId().equals(expected.messageId())) {
                figures.fail("duplicate id: " + LogText.excerpt(frame.text()) + " -> " + excerpt(answer));
                return;
            }
            boolean busy = reply instanceof CallError error && error.errorCode() == ErrorCode.ProtocolError;
            figures.answer(busy ? "CALLERROR ProtocolError (id still in use)"
                    : reply instanceof CallError error ? "CALLERROR " + error.errorCode() : "CALLRESULT", answer.receivedNanos() - sent);
        }
    }

    /** The link goes quiet: a Heartbeat must come within HeartbeatInterval (+3 s for a loaded machine). */
    private void heartbeatOnTime() {
        int before = link.heartbeats.get();
        long quietSince = System.nanoTime();
        try {
            await().atMost(Duration.ofSeconds(HEARTBEAT_INTERVAL + 8)).until(() -> link.heartbeats.get() > before);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            figures.fail("no Heartbeat within " + (HEARTBEAT_INTERVAL + 8) + " s of quiet after frame " + figures.frames);
            return;
        }
        long waited = (link.lastHeartbeatNanos.get() - quietSince) / 1_000_000;
        figures.heartbeatChecks++;
        figures.worstHeartbeatMillis = Math.max(figures.worstHeartbeatMillis, waited);
        if (waited > (HEARTBEAT_INTERVAL + 3) * 1000L) {
            figures.fail("Heartbeat late: " + waited + " ms after the link went quiet (interval " + HEARTBEAT_INTERVAL + " s)");
        }
    }

    private static String excerpt(FuzzLink.Answer answer) {
        return answer == null ? "nothing" : LogText.excerpt(answer.text());
    }
}
