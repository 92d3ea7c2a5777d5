package org.stationconfig.ocpp.transport;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.ServerWebSocket;

/** A WebSocket server that speaks no OCPP: it completes the upgrade without a subprotocol. */
@Secured(SecurityRule.IS_ANONYMOUS)
@ServerWebSocket("/plain/{chargePointId}")
public class NoSubprotocolServer {

    @OnMessage
    void message(String text) {
        // ignores everything
    }
}
