package org.stationconfig.auth;

import io.micronaut.http.HttpRequest;
import java.net.InetSocketAddress;

/** The peer address of a request, the key for per-client lockout. The station has no proxy in front of it. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
