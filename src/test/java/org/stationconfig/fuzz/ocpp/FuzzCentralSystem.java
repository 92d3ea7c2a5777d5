package org.stationconfig.fuzz.ocpp;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.Call;
import org.stationconfig.ocpp.rpc.DecodeResult;
import org.stationconfig.ocpp.rpc.FrameCodec;
import org.stationconfig.ocpp.rpc.Timestamps;

/**
 * The attacker's central system on loopback (ws://127.0.0.1:port/fuzz/id): answers the station's own CALLs like a
 * polite central system, and hands every answer to a fuzz CALL to the test, in order, without keeping a history.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@ServerWebSocket(value = "/fuzz/{chargePointId}", subprotocols = "ocpp1.6")
public class FuzzCentralSystem {

    private final FuzzLink link;
    private final FrameCodec codec = new FrameCodec();

    public FuzzCentralSystem(FuzzLink link) {
        this.link = link;
    }

    @OnOpen
    void open(String chargePointId, WebSocketSession session) {
        link.session = session;
        link.opened.incrementAndGet();
    }

    @OnMessage(maxPayloadLength = 1 << 20)
    void message(String chargePointId, String text, WebSocketSession session) {
        long now = System.nanoTime();
        if (text.startsWith("[3") || text.startsWith("[4")) {
            link.answers.add(new FuzzLink.Answer(text, now));
            return;
        }
        if (codec.decode(text) instanceof DecodeResult.Valid valid && valid.frame() instanceof Call call) {
            session.sendSync("[3,\"" + call.messageId() + "\"," + answer(call.action(), now) + "]");
        }
    }

    private String answer(String action, long now) {
        String time = "\"" + Timestamps.format(Instant.now()) + "\"";
        return switch (action) {
            case "BootNotification" -> "{\"status\":\"Accepted\",\"currentTime\":" + time + ",\"interval\":"
                    + link.heartbeatInterval + "}";
            case "Heartbeat" -> {
                link.heartbeats.incrementAndGet();
                link.lastHeartbeatNanos.set(now);
                yield "{\"currentTime\":" + time + "}";
            }
            case "Authorize" -> "{\"idTagInfo\":{\"status\":\"Invalid\"}}";
            case "StartTransaction" -> "{\"transactionId\":1,\"idTagInfo\":{\"status\":\"Invalid\"}}";
            default -> "{}";
        };
    }

    @OnClose
    void close(String chargePointId, WebSocketSession session) {
        link.closed.incrementAndGet();
    }
}
