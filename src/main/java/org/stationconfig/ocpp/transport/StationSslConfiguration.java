package org.stationconfig.ocpp.transport;

import io.micronaut.http.ssl.ClientSslConfiguration;

/** The client SSL configuration of one central-system dial: carries the station's own TLS client to Netty. */
final class StationSslConfiguration extends ClientSslConfiguration {

    private final ClientTls tls;

    StationSslConfiguration(ClientTls tls) {
        this.tls = tls;
        setProtocols(tls.protocols().toArray(String[]::new));
        setCiphers(tls.cipherSuites().toArray(String[]::new));
    }

    ClientTls tls() {
        return tls;
    }
}
