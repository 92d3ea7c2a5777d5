package org.stationconfig.charging.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import org.stationconfig.charging.LimitPeriod;

/**
 * The station's electrical supply, to turn limits in watts into amps per phase and back (S16 ch.7): a period's
 * numberPhases (3 when absent), at most the station's phases, at the nominal voltage.
 *
 * @param maxCurrent what the hardware can offer per phase: the limit when no profile sets one
 */
public record Supply(BigDecimal voltage, int phases, BigDecimal maxCurrent) {

    BigDecimal amps(BigDecimal watts, Integer numberPhases) {
        return watts.divide(voltage.multiply(BigDecimal.valueOf(phasesOf(numberPhases))), MathContext.DECIMAL64);
    }

    BigDecimal watts(BigDecimal amps, Integer numberPhases) {
        return amps.multiply(voltage).multiply(BigDecimal.valueOf(phasesOf(numberPhases)));
    }

    BigDecimal amps(LimitPeriod period, boolean inWatts) {
        return inWatts ? amps(period.limit(), period.numberPhases()) : period.limit();
    }

    private int phasesOf(Integer numberPhases) {
        return Math.max(1, Math.min(numberPhases == null ? 3 : numberPhases, phases));
    }
}
