package org.stationconfig.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The floor of a CALL round trip on this machine: the least a WebSocket client can do. A blocking socket that
 * writes precomputed frames (RFC 6455 §5.3: masked, with a zero key) and reads the answer on the caller's thread, so
 * a Heartbeat costs no thread hand-over at all; for the central system's CALLs one reader thread answers each with a
 * result precomputed but for the message id. No WebSocket library, no JSON, no OCPP.
 */
final class RawWebSocketFloor implements AutoCloseable {

    static final String CHARGE_POINT_ID = "RAW-FLOOR";
    private static final byte[] HEARTBEAT = maskedTextFrame("[2,\"raw\",\"Heartbeat\",{}]".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] CONFIGURATION = (",{\"configurationKey\":[{\"key\":\"HeartbeatInterval\","
            + "\"readonly\":false,\"value\":\"300\"}],\"unknownKey\":[]}]").getBytes(StandardCharsets.US_ASCII);

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private volatile Thread answering;

    RawWebSocketFloor(String centralSystemUrl) {
        URI uri = URI.create(centralSystemUrl + "/" + CHARGE_POINT_ID);
        try {
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            out = socket.getOutputStream();
            upgrade(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("the raw WebSocket client could not connect", e);
        }
    }

    /** One Heartbeat CALL and its answer frame, both on the caller's thread. */
    CompletableFuture<String> heartbeat() {
        if (answering != null) {
            throw new IllegalStateException("the reader thread owns the socket now");
        }
        try {
            out.write(HEARTBEAT);
            return CompletableFuture.completedFuture(readText());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** From now on a reader thread answers every CALL of the central system at once. */
    void answerCalls() {
        Thread reader = new Thread(this::answerLoop, "raw-floor-reader");
        reader.setDaemon(true);
        answering = reader;
        reader.start();
    }

    private void answerLoop() {
        try {
            while (!socket.isClosed()) {
                String frame = readText();
                if (frame.startsWith("[2,")) {
                    int idEnd = frame.indexOf('"', 4);
                    byte[] id = frame.substring(0, idEnd + 1).getBytes(StandardCharsets.US_ASCII);
                    id[1] = '3';
                    byte[] result = new byte[id.length + CONFIGURATION.length];
                    System.arraycopy(id, 0, result, 0, id.length);
                    System.arraycopy(CONFIGURATION, 0, result, id.length, CONFIGURATION.length);
                    out.write(maskedTextFrame(result));
                }
            }
        } catch (IOException e) {
            // closed: the benchmark is over
        }
    }

    private void upgrade(URI uri) throws IOException {
        String request = "GET " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed during the upgrade");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        String response = head.toString(StandardCharsets.US_ASCII);
        if (!response.startsWith("HTTP/1.1 101")) {
            throw new IOException("the server refused the upgrade: " + response);
        }
    }

    /** The next text frame from the server (unmasked, unfragmented: a loopback server's short answers). */
    private String readText() throws IOException {
        int opcode = in.readUnsignedByte() & 0x0f;
        long length = in.readUnsignedByte() & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        if (opcode != 1) {
            throw new IOException("expected a text frame, got opcode " + opcode);
        }
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** A client's text frame: FIN, text, masked with the key 0 so the payload goes as it is. */
    private static byte[] maskedTextFrame(byte[] payload) {
        boolean extended = payload.length > 125;
        byte[] frame = new byte[payload.length + (extended ? 8 : 6)];
        frame[0] = (byte) 0x81;
        int at;
        if (extended) {
            frame[1] = (byte) (0x80 | 126);
            frame[2] = (byte) (payload.length >> 8);
            frame[3] = (byte) payload.length;
            at = 8;
        } else {
            frame[1] = (byte) (0x80 | payload.length);
            at = 6;
        }
        System.arraycopy(payload, 0, frame, at, payload.length);
        return frame;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
