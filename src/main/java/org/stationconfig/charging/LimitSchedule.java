package org.stationconfig.charging;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The limits of a profile over time, or a composite schedule.
 *
 * @param duration      seconds; null: until the profile ends (the last period goes on)
 * @param startSchedule null for a Relative profile (it starts with the transaction)
 */
public record LimitSchedule(@Nullable Integer duration, @Nullable Instant startSchedule, RateUnit chargingRateUnit,
                            List<LimitPeriod> chargingSchedulePeriod, @Nullable BigDecimal minChargingRate) {
}
