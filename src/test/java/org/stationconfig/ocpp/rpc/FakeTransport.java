package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Records what the endpoint sends; can be told to fail the next send. */
public final class FakeTransport implements Transport {

    private final List<String> sent = new ArrayList<>();
    private int failNextSends;
    private Integer closeCode;

    @Override
    public synchronized void send(String text) {
        if (failNextSends > 0) {
            failNextSends--;
            throw new UncheckedIOException(new IOException("socket closed"));
        }
        sent.add(text);
    }

    @Override
    public synchronized void close(int code, String reason) {
        closeCode = code;
    }

    public synchronized void failNextSend() {
        failNextSends++;
    }

    public synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    public synchronized String last() {
        return sent.isEmpty() ? null : sent.get(sent.size() - 1);
    }

    /** The last sent frame parsed as a JSON array. */
    public JsonNode lastFrame() {
        try {
            return JsonText.parse(last());
        } catch (IOException e) {
            throw new AssertionError("sent text is not JSON: " + last(), e);
        }
    }

    public synchronized Integer closeCode() {
        return closeCode;
    }
}
