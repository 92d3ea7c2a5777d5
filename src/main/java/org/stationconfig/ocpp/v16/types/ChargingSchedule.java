package org.stationconfig.ocpp.v16.types;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** S16 ch.7. */
@Introspected
public record ChargingSchedule(Integer duration, Instant startSchedule, @NotNull ChargingRateUnit chargingRateUnit,
                               @NotNull List<ChargingSchedulePeriod> chargingSchedulePeriod,
                               @Digits(integer = 9, fraction = 1) BigDecimal minChargingRate) {
}
