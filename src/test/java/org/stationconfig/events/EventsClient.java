package org.stationconfig.events;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.annotation.ClientWebSocket;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** The app's side of the event stream, collecting what arrives and how the station closed it. */
@ClientWebSocket
public abstract class EventsClient implements AutoCloseable {

    public final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    volatile CloseReason closedWith;

    @OnMessage
    void onMessage(String message) {
        received.add(message);
    }

    @OnClose
    void onClose(CloseReason reason) {
        closedWith = reason;
    }
}
