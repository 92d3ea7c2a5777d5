package org.stationconfig.events;

import io.micronaut.websocket.annotation.ClientWebSocket;
import io.micronaut.websocket.annotation.OnMessage;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** The app's side of the event stream, collecting what arrives. */
@ClientWebSocket
public abstract class EventsClient implements AutoCloseable {

    final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    @OnMessage
    void onMessage(String message) {
        received.add(message);
    }
}
