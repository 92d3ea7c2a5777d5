package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Security whitepaper CertificateHashDataType: OCSP-style (RFC 6960) hex hashes of the issuer's name and key,
 * and the serial number in hex without leading zeros (WP3 §6.1).
 */
@Introspected
public record CertificateHashData(@NotNull HashAlgorithm hashAlgorithm, @NotNull @Size(max = 128) String issuerNameHash,
                                  @NotNull @Size(max = 128) String issuerKeyHash,
                                  @NotNull @Size(max = 40) String serialNumber) {
}
