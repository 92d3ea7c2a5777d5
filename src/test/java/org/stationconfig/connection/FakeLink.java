package org.stationconfig.connection;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.stationconfig.ocpp.transport.LinkListener;
import org.stationconfig.ocpp.transport.OcppLink;

/** An in-memory OCPP link: what the station sends goes to the {@link FakeCentralSystem}, which answers through it. */
final class FakeLink implements OcppLink {

    private final FakeCentralSystem centralSystem;
    final List<String> sent = new CopyOnWriteArrayList<>();
    final AtomicInteger pings = new AtomicInteger();
    private volatile LinkListener listener;
    private volatile boolean open = true;
    volatile String closedBy;

    FakeLink(FakeCentralSystem centralSystem) {
        this.centralSystem = centralSystem;
    }

    @Override
    public void listen(LinkListener listener) {
        this.listener = listener;
    }

    @Override
    public CompletableFuture<String> send(String text) {
        if (!open) {
            return CompletableFuture.failedFuture(new IllegalStateException("link closed"));
        }
        sent.add(text);
        centralSystem.received(this, text);
        return CompletableFuture.completedFuture(text);
    }

    @Override
    public void ping() {
        pings.incrementAndGet();
        if (open && centralSystem.answerPings) {
            listener.onPong();
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public String subprotocol() {
        return "ocpp1.6";
    }

    /** The station closes the link. */
    @Override
    public void close(int code, String reason) {
        if (open) {
            open = false;
            closedBy = "station: " + code + " " + reason;
        }
    }

    /** A frame from the central system. */
    void deliver(String frame) {
        if (open) {
            listener.onText(frame);
        }
    }

    /** The central system closes the link, or the connection drops (1006). */
    void drop(int code, String reason) {
        if (open) {
            open = false;
            closedBy = "central system: " + code + " " + reason;
            listener.onClosed(code, reason);
        }
    }
}
