package org.stationconfig.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A login over a real socket from a chosen loopback address (127.0.0.2, ...): the station tells clients apart by
 * address, and test clients otherwise all come from 127.0.0.1. HTTP/1.1 by hand, as the JDK 17 clients cannot bind a
 * local address.
 */
final class LoginFrom {

    private final String localAddress;
    private final int port;

    LoginFrom(String localAddress, int port) {
        this.localAddress = localAddress;
        this.port = port;
    }

    /** The status and the header block (lower case) of the answer. */
    record Reply(int status, String headers) {
    }

    Reply login(String username, String password) throws IOException {
        byte[] body = ("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            return new Reply(Integer.parseInt(head.split(" ", 3)[1]), head.toLowerCase(Locale.ROOT));
        }
    }
}
