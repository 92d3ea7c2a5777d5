package org.stationconfig.ocpp.transport;

import io.micronaut.core.annotation.Nullable;

/**
 * TLS material for a wss connection, as PEM text: exactly these roots are trusted (not the JVM's store).
 *
 * @param clientChainPem the station certificate chain for profile 3, or null
 * @param clientKeyPem   its PKCS#8 private key, or null
 */
public record ClientTls(String trustedRootsPem, @Nullable String clientChainPem, @Nullable String clientKeyPem) {

    @Override
    public String toString() {
        return "ClientTls[roots, client certificate " + (clientChainPem != null) + "]";
    }
}
