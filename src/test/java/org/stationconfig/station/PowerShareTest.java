package org.stationconfig.station;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The station's limit split among the connectors that may draw: never more in total. */
class PowerShareTest {

    private static final BigDecimal MAX = BigDecimal.valueOf(32);

    @Test
    void oneConnectorGetsTheLimitUpToWhatItCanOffer() {
        assertEquals(List.of(amps("20.0")), PowerShare.split(amps("20"), MAX, 1));
        assertEquals(List.of(MAX), PowerShare.split(amps("40"), MAX, 1));
    }

    @Test
    void connectorsShareEquallyRoundedDown() {
        assertEquals(List.of(amps("16.0"), amps("16.0")), PowerShare.split(amps("32"), MAX, 2));
        assertEquals(List.of(amps("6.6"), amps("6.6"), amps("6.6")), PowerShare.split(amps("20"), MAX, 3));
    }

    @Test
    void belowSixAmpsEachTheEarliestGetSixAndTheOthersWait() {
        assertEquals(List.of(amps("6"), BigDecimal.ZERO), PowerShare.split(amps("10"), MAX, 2));
        assertEquals(List.of(BigDecimal.ZERO, BigDecimal.ZERO), PowerShare.split(BigDecimal.ZERO, MAX, 2));
        assertEquals(List.of(), PowerShare.split(amps("10"), MAX, 0));
    }

    private static BigDecimal amps(String value) {
        return new BigDecimal(value);
    }
}
