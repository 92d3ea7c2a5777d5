package org.stationconfig.certificates.store;

import java.util.List;

/**
 * The set of central-system roots TLS trusts has changed (a root installed, deleted, become valid or expired).
 * Applies at the next connection; installing a root does not call for a reconnect by itself.
 *
 * @param fingerprints SHA-256 fingerprints of the roots trusted now
 */
public record TrustedRootsChanged(List<String> fingerprints) {

    public TrustedRootsChanged {
        fingerprints = List.copyOf(fingerprints);
    }
}
