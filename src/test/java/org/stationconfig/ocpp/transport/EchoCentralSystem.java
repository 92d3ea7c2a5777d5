package org.stationconfig.ocpp.transport;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A minimal peer for transport tests: greets on open, echoes text, closes with 4001 on "bye". */
@Secured(SecurityRule.IS_ANONYMOUS)
@ServerWebSocket(value = "/echo/{chargePointId}", subprotocols = "ocpp1.6")
public class EchoCentralSystem {

    static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();

    @OnOpen
    void open(String chargePointId, WebSocketSession session, HttpRequest<?> request) {
        AUTHORIZATIONS.add(request.getHeaders().get("Authorization"));
        session.sendSync("hello " + chargePointId);
    }

    @OnMessage
    void message(String text, WebSocketSession session) {
        if (text.equals("bye")) {
            session.close(new CloseReason(4001, "go away"));
        } else {
            session.sendSync("echo " + text);
        }
    }
}
