package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** S16 ch.7 (GetConfiguration.conf): value may be absent when the key is known but unset. */
@Introspected
public record KeyValue(@NotNull @Size(max = 50) String key, boolean readonly,
                       @Size(max = 500) String value) {
}
