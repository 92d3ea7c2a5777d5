package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** S16 ch.7: sampled values taken at one moment. */
@Introspected
public record MeterValue(@NotNull Instant timestamp, @NotNull List<SampledValue> sampledValue) {
}
