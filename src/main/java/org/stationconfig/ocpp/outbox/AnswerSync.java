package org.stationconfig.ocpp.outbox;

/**
 * Which answered messages are deleted with an fsync'ed commit (group commit of answers). A StartTransaction's or
 * StopTransaction's answer always is: the station acts on it (the server's transaction id, the end of a
 * transaction), so it must not be taken back by a power cut. The others (MeterValues, SecurityEventNotification) are
 * deleted unforced ({@link UnforcedCommits}) and every {@link #SYNC_EVERY}th answer syncs them all: after a power cut
 * at most {@code SYNC_EVERY - 1} of them come back and are sent again (at-least-once; a process crash takes none
 * back). One per outbox, called under its lock.
 */
final class AnswerSync {

    /** A bound on the resends after a power cut, and the share of answers that wait for the disk. */
    static final int SYNC_EVERY = 64;

    private int unsynced;

    /** True when the deletion of this answered message must reach the disk before {@code answered} returns. */
    boolean forced(QueuedAction action) {
        if (action == QueuedAction.START_TRANSACTION || action == QueuedAction.STOP_TRANSACTION
                || ++unsynced >= SYNC_EVERY) {
            unsynced = 0;
            return true;
        }
        return false;
    }
}
