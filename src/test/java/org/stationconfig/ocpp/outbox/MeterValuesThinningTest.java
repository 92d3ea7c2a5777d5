package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thinning rule on its own: which MeterValues go when the queue is full. */
class MeterValuesThinningTest {

    private static MeterValuesRef queued(long id, String transaction) {
        return new MeterValuesRef(id, transaction, MessageState.QUEUED);
    }

    private static List<MeterValuesRef> transaction(String id, long firstId, int count) {
        List<MeterValuesRef> refs = new ArrayList<>();
        for (long i = firstId; i < firstId + count; i++) {
            refs.add(queued(i, id));
        }
        return refs;
    }

    @Test
    void everySecondIntermediateMeterValuesGoesAndTheFirstAndLastStay() {
        List<MeterValuesRef> refs = transaction("A", 1, 7);

        assertEquals(List.of(2L, 4L, 6L), MeterValuesThinning.pick(refs, 100));
    }

    @Test
    void theOldestPicksGoFirstWhenFewerAreWanted() {
        assertEquals(List.of(2L, 4L), MeterValuesThinning.pick(transaction("A", 1, 9), 2));
    }

    @Test
    void interleavedTransactionsEachKeepTheirFirstAndLast() {
        List<MeterValuesRef> refs = List.of(queued(1, "A"), queued(2, "B"), queued(3, "A"), queued(4, "B"),
                queued(5, "A"), queued(6, "B"), queued(7, "A"), queued(8, "B"));

        assertEquals(List.of(3L, 4L), MeterValuesThinning.pick(refs, 100));
    }

    @Test
    void theMessageInFlightAndParkedOnesAreNeverPicked() {
        List<MeterValuesRef> refs = List.of(queued(1, "A"), new MeterValuesRef(2, "A", MessageState.IN_FLIGHT),
                new MeterValuesRef(3, "A", MessageState.PARKED), queued(4, "A"), queued(5, "A"));

        assertEquals(List.of(4L), MeterValuesThinning.pick(refs, 100));
    }

    @Test
    void aTransactionWithTwoMeterValuesHasNothingToThin() {
        assertEquals(List.of(), MeterValuesThinning.pick(transaction("A", 1, 2), 100));
    }

    @Test
    void meterValuesOutsideATransactionAreAllIntermediate() {
        List<MeterValuesRef> refs = List.of(queued(1, null), queued(2, null), queued(3, null), queued(4, null));

        assertEquals(List.of(1L, 3L), MeterValuesThinning.pick(refs, 100));
    }
}
