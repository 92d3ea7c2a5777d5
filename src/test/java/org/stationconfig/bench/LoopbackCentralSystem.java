package org.stationconfig.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import org.stationconfig.ocpp.rpc.Call;
import org.stationconfig.ocpp.rpc.DecodeResult;
import org.stationconfig.ocpp.rpc.FrameCodec;

/**
 * A central system served by the station's own server on loopback, at {@code ws://127.0.0.1:<port>/bench/<site>/<id>}:
 * two sites are two central system URLs for the URL-switch measurement. Answers every CALL at once.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = StationBenchmark.ENABLED, value = "true")
@ServerWebSocket(value = "/bench/{site}/{chargePointId}", subprotocols = "ocpp1.6")
public class LoopbackCentralSystem {

    private final LoopbackPeer peer;
    private final FrameCodec codec = new FrameCodec();

    public LoopbackCentralSystem(LoopbackPeer peer) {
        this.peer = peer;
    }

    @OnOpen
    void open(String site, String chargePointId, WebSocketSession session) {
        peer.opened(chargePointId, session);
    }

    @OnMessage
    void message(String site, String chargePointId, String text, WebSocketSession session) {
        if (!(codec.decode(text) instanceof DecodeResult.Valid valid)) {
            return;
        }
        if (valid.frame() instanceof Call call) {
            session.sendAsync("[3,\"" + call.messageId() + "\"," + peer.answer(site, call.action()) + "]");
        } else {
            peer.answered(valid.frame().messageId(), text);
        }
    }

    @OnClose
    void close(String site, String chargePointId, WebSocketSession session) {
        peer.closed(chargePointId, session);
    }
}
