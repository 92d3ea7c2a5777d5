package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;

/** S16 ch.7: one measured value; every optional field has a documented default when absent. */
@Introspected
public record SampledValue(@NotNull String value, ReadingContext context, ValueFormat format, Measurand measurand,
                           Phase phase, Location location, UnitOfMeasure unit) {

    public static SampledValue of(String value) {
        return new SampledValue(value, null, null, null, null, null, null);
    }
}
