package org.stationconfig.certificates.store;

import io.micronaut.core.annotation.Nullable;

/**
 * The station certificate that security profile 3 presents has changed (installed, switched to at its notBefore,
 * expired, deleted): a connection on profile 3 should reconnect with {@code ClientTlsSource.forProfile(3)}.
 *
 * @param fingerprint         SHA-256 of the certificate now in use, or null when there is none
 * @param previousFingerprint the one before, or null
 */
public record StationCertificateChanged(@Nullable String fingerprint, @Nullable String previousFingerprint) {
}
