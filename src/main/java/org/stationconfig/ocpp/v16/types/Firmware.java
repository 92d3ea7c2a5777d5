package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Security whitepaper FirmwareType (SignedUpdateFirmware): PEM signing certificate, base64 signature. */
@Introspected
public record Firmware(@NotNull @Size(max = 512) String location, @NotNull Instant retrieveDateTime,
                       Instant installDateTime, @NotNull @Size(max = 5500) String signingCertificate,
                       @NotNull @Size(max = 800) String signature) {
}
