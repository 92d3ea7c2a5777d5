package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The group commit of answers: what a power cut may bring back, and what never. */
class AnswerSyncTest {

    private final AnswerSync sync = new AnswerSync();

    private long forcedOf(int answers, QueuedAction action) {
        return IntStream.range(0, answers).filter(i -> sync.forced(action)).count();
    }

    @Test
    void everyStartAndStopTransactionAnswerIsSynced() {
        assertEquals(10, forcedOf(10, QueuedAction.START_TRANSACTION));
        assertEquals(10, forcedOf(10, QueuedAction.STOP_TRANSACTION));
    }

    @Test
    void atMostOneLessThanSyncEveryOtherAnswersWaitUnsynced() {
        assertEquals(0, forcedOf(AnswerSync.SYNC_EVERY - 1, QueuedAction.METER_VALUES));
        assertTrue(sync.forced(QueuedAction.SECURITY_EVENT_NOTIFICATION), "the 64th syncs them all");
        assertEquals(10_000 / AnswerSync.SYNC_EVERY, forcedOf(10_000, QueuedAction.METER_VALUES));
    }

    @Test
    void aSyncedStartTransactionAnswerSyncsWhatWaitedBeforeIt() {
        forcedOf(AnswerSync.SYNC_EVERY - 1, QueuedAction.METER_VALUES);
        sync.forced(QueuedAction.START_TRANSACTION);
        assertEquals(0, forcedOf(AnswerSync.SYNC_EVERY - 1, QueuedAction.METER_VALUES));
    }
}
