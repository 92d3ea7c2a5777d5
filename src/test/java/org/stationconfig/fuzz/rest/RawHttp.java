package org.stationconfig.fuzz.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange on its own connection ({@code Connection: close}), written byte for byte: an attacker's
 * request, malformed or oversized, cannot leave a half-read body on a pooled connection for the next request.
 */
final class RawHttp {

    /** Status, Content-Type and body of an answer; status 0 when the server closed without answering. */
    record Answer(int status, String contentType, String body) {
    }

    private static final int MOST_READ = 4 << 20;

    private RawHttp() {
    }

    static Answer exchange(int port, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer (413) and close before it has read an oversized body: read what it said
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try {
            int read;
            while ((read = in.read(buffer)) > 0 && all.size() < MOST_READ) {
                all.write(buffer, 0, read);
            }
        } catch (IOException reset) {
            // a reset after the answer: keep what arrived
        }
        return all.toByteArray();
    }

    private static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Answer(0, "", text);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        String contentType = "";
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            }
        }
        return new Answer(status, contentType, text.substring(end + 4));
    }
}
