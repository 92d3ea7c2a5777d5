package org.stationconfig.fuzz.ocpp;

import io.micronaut.websocket.WebSocketSession;
import jakarta.inject.Singleton;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the fuzzing central system saw: the station's answers in order, its Heartbeats, opens and closes. */
@Singleton
public class FuzzLink {

    /** One answer (CALLRESULT or CALLERROR) the station sent, with when it arrived. */
    public record Answer(String text, long receivedNanos) {
    }

    final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    final AtomicInteger heartbeats = new AtomicInteger();
    final AtomicLong lastHeartbeatNanos = new AtomicLong();
    volatile int heartbeatInterval = 2;
    volatile WebSocketSession session;

    public void send(String text) {
        session.sendSync(text);
    }

    public Answer nextAnswer(long timeoutMillis) throws InterruptedException {
        return answers.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    public boolean open() {
        WebSocketSession current = session;
        return current != null && current.isOpen();
    }
}
