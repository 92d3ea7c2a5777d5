package org.stationconfig.ocpp.transport;

import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Sorts a failed dial into the stage it failed at. The HTTP answer to the upgrade is in the client's exception; for
 * DNS and TCP Micronaut reports only "Abnormal Closure", so those are found by repeating the step on its own.
 */
final class DialFailures {

    private DialFailures() {
    }

    static DialFailure classify(Throwable error, URI uri, Duration timeout) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DialFailure failure) {
                return failure;
            }
            if (cause instanceof WebSocketClientHandshakeException handshake && handshake.response() != null) {
                int status = handshake.response().status().code();
                if (status == 101) {
                    // OCPP-J §3.1.2: the upgrade succeeded but without the ocpp1.6 subprotocol
                    return new DialFailure(DialFailure.Stage.SUBPROTOCOL, "SUBPROTOCOL_MISSING", "the server completed the WebSocket upgrade "
                            + "without agreeing to the ocpp1.6 subprotocol", 0, error);
                }
                String code = status == 401 || status == 403 || status == 404 ? "HTTP_" + status : "HTTP_OTHER";
                return new DialFailure(DialFailure.Stage.HTTP, code, "the server answered the upgrade with HTTP " + status,
                        status, error);
            }
            if (cause instanceof SSLException) {
                return new DialFailure(DialFailure.Stage.TLS, "TLS_PROTOCOL", "TLS handshake failed: " + cause.getMessage(), 0, error);
            }
        }
        return probe(uri, timeout, error);
    }

    private static DialFailure probe(URI uri, Duration timeout, Throwable error) {
        InetAddress address;
        try {
            address = InetAddress.getByName(uri.getHost());
        } catch (UnknownHostException e) {
            return new DialFailure(DialFailure.Stage.DNS, "DNS_FAILURE", "the host name " + uri.getHost() + " could not be resolved", 0, error);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "wss".equals(uri.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
        } catch (ConnectException e) {
            return new DialFailure(DialFailure.Stage.TCP, "TCP_REFUSED", "connection refused by " + address.getHostAddress() + ":" + port,
                    0, error);
        } catch (SocketTimeoutException | NoRouteToHostException e) {
            return new DialFailure(DialFailure.Stage.TCP, "TCP_TIMEOUT", "no answer from " + address.getHostAddress() + ":" + port
                    + " within " + timeout.toSeconds() + " s", 0, error);
        } catch (IOException e) {
            return new DialFailure(DialFailure.Stage.TCP, "TCP_RESET", "the connection to " + address.getHostAddress() + ":" + port
                    + " failed: " + e.getMessage(), 0, error);
        }
        return new DialFailure(DialFailure.Stage.TCP, "TCP_RESET", "the server closed the connection during the WebSocket upgrade", 0, error);
    }
}
