package org.stationconfig.station.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** StopTransactionMaxMeterValues (errata 3.89): intermediate values go, never the start or the stop. */
class TransactionDataTest {

    private static List<Integer> values(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void whatFitsIsKeptWhole() {
        assertEquals(values(5), TransactionData.thin(values(5), 5));
        assertEquals(List.of(), TransactionData.thin(List.of(), 5));
    }

    @Test
    void theFirstAndLastStayAndTheRestIsSpreadEvenly() {
        assertEquals(List.of(0, 1, 3, 5, 7, 9), TransactionData.thin(values(10), 6));
        assertEquals(List.of(0, 99), TransactionData.thin(values(100), 2));
        assertEquals(List.of(0, 99), TransactionData.thin(values(100), 1), "even a limit below 2 keeps start and stop");
        assertEquals(50, TransactionData.thin(values(1000), 50).size());
    }
}
