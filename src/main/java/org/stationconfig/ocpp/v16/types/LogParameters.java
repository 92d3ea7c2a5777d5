package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Security whitepaper LogParametersType (GetLog). */
@Introspected
public record LogParameters(@NotNull @Size(max = 512) String remoteLocation, Instant oldestTimestamp,
                            Instant latestTimestamp) {
}
