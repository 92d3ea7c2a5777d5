package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** S16 ch.7: limit in the schedule's unit, one decimal at most (schema multipleOf 0.1). */
@Introspected
public record ChargingSchedulePeriod(int startPeriod, @NotNull @Digits(integer = 9, fraction = 1) BigDecimal limit,
                                     Integer numberPhases) {
}
