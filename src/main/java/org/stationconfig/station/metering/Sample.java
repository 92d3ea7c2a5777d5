package org.stationconfig.station.metering;

import io.micronaut.core.annotation.Nullable;
import org.stationconfig.metering.Measurand;
import org.stationconfig.metering.Phase;

/**
 * One measured value, as text with its decimals fixed.
 *
 * @param phase    null: the overall value
 * @param location null: where the meter is (the outlet)
 * @param unit     null: no unit (frequency, implicitly Hz)
 */
public record Sample(String value, SampleContext context, Measurand measurand, @Nullable Phase phase,
                     @Nullable SampleLocation location, @Nullable Unit unit) {
}
