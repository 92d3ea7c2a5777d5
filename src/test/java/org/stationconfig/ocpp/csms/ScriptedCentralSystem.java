package org.stationconfig.ocpp.csms;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.time.Instant;
import org.stationconfig.ocpp.rpc.Call;
import org.stationconfig.ocpp.rpc.DecodeResult;
import org.stationconfig.ocpp.rpc.FrameCodec;
import org.stationconfig.ocpp.rpc.JsonText;

/** A central system on loopback, at ws://127.0.0.1:<port>/csms/<id>, doing what {@link CentralSystemScript} says. */
@Secured(SecurityRule.IS_ANONYMOUS)
@ServerWebSocket(value = "/csms/{chargePointId}", subprotocols = "ocpp1.6")
public class ScriptedCentralSystem {

    private final CentralSystemScript script;
    private final FrameCodec codec = new FrameCodec();

    public ScriptedCentralSystem(CentralSystemScript script) {
        this.script = script;
    }

    @OnOpen
    void open(String chargePointId, WebSocketSession session, HttpRequest<?> request) {
        script.connections.incrementAndGet();
        script.authorizations.add(String.valueOf(request.getHeaders().get("Authorization")));
        script.sessions.put(chargePointId, session);
    }

    @OnMessage
    void message(String chargePointId, String text, WebSocketSession session) throws Exception {
        script.frames.add(text);
        DecodeResult decoded = codec.decode(text);
        if (!(decoded instanceof DecodeResult.Valid valid)) {
            return;
        }
        if (valid.frame() instanceof Call call) {
            script.received.add(new CentralSystemScript.Received(chargePointId, call.action(), call.payload(), Instant.now()));
            JsonNode status = call.payload() == null ? null : call.payload().get("status");
            if (script.closeOnceOn.remove(call.action())
                    || status != null && script.closeOnceOn.remove(call.action() + "/" + status.getStringValue())) {
                session.close(new CloseReason(CloseReason.GOING_AWAY.getCode(), "closing during " + call.action()));
                return;
            }
            String error = script.callErrors.get(call.action());
            if (error != null) {
                session.sendSync("[4,\"" + call.messageId() + "\",\"" + error + "\",\"scripted\",{}]");
                return;
            }
            String answer = script.answer(call.action(), call.payload());
            if (answer != null) {
                session.sendSync("[3,\"" + call.messageId() + "\"," + answer + "]");
                String[] request = script.requestAfterAcceptedBoot;
                if (request != null && call.action().equals("BootNotification") && answer.contains("\"Accepted\"")) {
                    script.answersAfterBoot.add(script.call(chargePointId, request[0], request[1]));
                }
            }
        } else {
            JsonNode frame = JsonText.parse(text);
            var future = script.pending.remove(frame.get(1).getStringValue());
            if (future != null) {
                future.complete(text);
            }
        }
    }

    @OnClose
    void close(String chargePointId, WebSocketSession session, io.micronaut.websocket.CloseReason reason) {
        script.closeReasons.add(reason.getReason());
        script.sessions.remove(chargePointId, session);
    }
}
