package org.stationconfig.ocpp.transport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A central system on a plain socket that shows the bytes on the wire: it answers one upgrade with {@code ocpp1.6}
 * and agrees to permessage-deflate (RFC 7692, with context takeover) exactly when the station offers it, then reads
 * and writes text frames, compressed (RSV1 set) when agreed. Java's zlib does the deflating, so the station's
 * frames are checked against an implementation other than its own.
 */
final class DeflatePeer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final byte[] TAIL = {0, 0, (byte) 0xff, (byte) 0xff};

    private final ServerSocket server;
    private final Inflater inflater = new Inflater(true);
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private Socket socket;
    private DataInputStream in;
    private OutputStream out;
    private String offeredExtensions;
    private boolean agreed;

    /** A received text frame: whether it came compressed, and its text. */
    record Received(boolean compressed, String text) {
    }

    DeflatePeer() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(10_000);
    }

    String url() {
        return "ws://127.0.0.1:" + server.getLocalPort() + "/ocpp/CP1";
    }

    /** Accepts the station's upgrade; agrees to permessage-deflate if it is offered. */
    void accept() throws IOException {
        socket = server.accept();
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        String key = null;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("sec-websocket-key")) {
                key = value;
            } else if (name.equals("sec-websocket-extensions")) {
                offeredExtensions = offeredExtensions == null ? value : offeredExtensions + ", " + value;
            }
        }
        agreed = offeredExtensions != null && offeredExtensions.contains("permessage-deflate");
        String answer = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + acceptKey(key) + "\r\nSec-WebSocket-Protocol: ocpp1.6\r\n"
                + (agreed ? "Sec-WebSocket-Extensions: permessage-deflate\r\n" : "") + "\r\n";
        out.write(answer.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** What the station's upgrade offered in Sec-WebSocket-Extensions, or null when it offered nothing. */
    String offeredExtensions() {
        return offeredExtensions;
    }

    Received receive() throws IOException, DataFormatException {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] mask = new byte[4];
        if ((second & 0x80) != 0) {
            in.readFully(mask);
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
        }
        boolean compressed = (first & 0x40) != 0;
        return new Received(compressed, new String(compressed ? inflate(payload) : payload, StandardCharsets.UTF_8));
    }

    /** Sends a text frame, compressed when permessage-deflate was agreed. */
    void send(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        if (agreed) {
            payload = deflate(payload);
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(agreed ? 0xC1 : 0x81);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else {
            frame.write(126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        frame.writeBytes(payload);
        out.write(frame.toByteArray());
        out.flush();
    }

    private byte[] inflate(byte[] payload) throws DataFormatException {
        byte[] input = new byte[payload.length + TAIL.length];
        System.arraycopy(payload, 0, input, 0, payload.length);
        System.arraycopy(TAIL, 0, input, payload.length, TAIL.length);
        inflater.setInput(input);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        int n;
        while ((n = inflater.inflate(buffer)) > 0) {
            text.write(buffer, 0, n);
        }
        return text.toByteArray();
    }

    private byte[] deflate(byte[] text) {
        deflater.setInput(text);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            compressed.write(buffer, 0, n);
        }
        byte[] flushed = compressed.toByteArray();
        byte[] payload = new byte[flushed.length - TAIL.length]; // RFC 7692 §7.2.1: the empty block's tail is removed
        System.arraycopy(flushed, 0, payload, 0, payload.length);
        return payload;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("the upgrade request ended early");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String acceptKey(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        deflater.end();
        if (socket != null) {
            socket.close();
        }
        server.close();
    }
}
