package org.stationconfig.ocpp.transport;

import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * The TLS client for a wss connection, built by the station's certificate code: exactly the installed roots (not the
 * JVM's store), for profile 3 the station certificate, validity judged by the station's clock; offered with exactly
 * these versions and cipher suites (whitepaper A00.FR.312/318, SPEC §6).
 */
public record ClientTls(SSLContext context, List<String> protocols, List<String> cipherSuites) {

    public ClientTls {
        protocols = List.copyOf(protocols);
        cipherSuites = List.copyOf(cipherSuites);
    }

    @Override
    public String toString() {
        return "ClientTls[" + protocols + ", " + cipherSuites.size() + " suites]";
    }
}
