package org.stationconfig.station;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits the station's active limit among the connectors that may draw, so together they never exceed it. Below
 * 6 A per phase an EV cannot charge (IEC 61851-1), so when an equal share would be smaller, the earliest transactions
 * get 6 A each and the rest wait with 0 A.
 */
final class PowerShare {

    static final BigDecimal MINIMUM = BigDecimal.valueOf(6);

    private PowerShare() {
    }

    /**
     * @param limit     amps per phase the station may offer in total
     * @param perPoint  the most one connector can offer
     * @param consumers how many connectors may draw, earliest transaction first
     * @return the offer for each, in the same order
     */
    static List<BigDecimal> split(BigDecimal limit, BigDecimal perPoint, int consumers) {
        if (consumers == 0) {
            return List.of();
        }
        BigDecimal share = limit.divide(BigDecimal.valueOf(consumers), 1, RoundingMode.DOWN).min(perPoint);
        if (share.compareTo(MINIMUM) >= 0) {
            return Collections.nCopies(consumers, share);
        }
        int served = limit.divideToIntegralValue(MINIMUM).intValue();
        List<BigDecimal> offers = new ArrayList<>(consumers);
        for (int i = 0; i < consumers; i++) {
            offers.add(i < served ? MINIMUM : BigDecimal.ZERO);
        }
        return offers;
    }
}
