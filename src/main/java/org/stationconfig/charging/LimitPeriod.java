package org.stationconfig.charging;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/**
 * One period of a schedule: from {@code startPeriod} seconds after the schedule's start, at most {@code limit}.
 *
 * @param limit        in the schedule's unit
 * @param numberPhases null: 3
 */
public record LimitPeriod(int startPeriod, BigDecimal limit, @Nullable Integer numberPhases) {
}
