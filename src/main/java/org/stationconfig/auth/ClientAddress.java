package org.stationconfig.auth;

import io.micronaut.http.HttpRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/** The peer address of a request, the key for per-client lockout. The station has no proxy in front of it. */
final class ClientAddress {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final int PREFIX_BYTES = 8;

    private ClientAddress() {
    }

    static String of(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /**
     * Who counts as one client for lockout: an IPv4 address as it is, an IPv6 address by its /64, since one device
     * picks new SLAAC addresses inside its /64 at will (RFC 8981) and so could otherwise start every count over.
     */
    static String network(String address) {
        int zone = address.indexOf('%');
        String literal = zone < 0 ? address : address.substring(0, zone);
        if (!IPV6_LITERAL.matcher(literal).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal); // an IP literal: parsed, never looked up
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // an IPv4-mapped address is its IPv4 address
            }
            byte[] prefix = Arrays.copyOf(Arrays.copyOf(parsed.getAddress(), PREFIX_BYTES), 16);
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
