package org.stationconfig.certificates.renewal;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A certificate the connection relies on that expires soon (SPEC §6: warned in the status ahead of time).
 *
 * @param use     CentralSystemRootCertificate or ChargePointCertificate
 * @param message what happens and what to do, for the app to show as is
 */
@Serdeable
@Schema(name = "ExpiringCertificate")
public record ExpiringCertificate(String use, String subject, String sha256Fingerprint, Instant notAfter,
                                  long daysLeft, String message) {
}
