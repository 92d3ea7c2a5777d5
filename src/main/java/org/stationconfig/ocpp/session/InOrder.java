package org.stationconfig.ocpp.session;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs what a reply changes (the registration a BootNotification answer gives, a transaction id) at once when the
 * reply is handled on the OCPP thread, rather than as a new task behind frames that arrived after the reply: the
 * next frame is then judged against the state the frames before it left (issue 13.6). From any other thread the work
 * is handed to the OCPP thread as before.
 */
public final class InOrder implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(InOrder.class);

    private final Executor thread;
    private volatile Thread owner;

    public InOrder(Executor thread) {
        this.thread = thread;
    }

    /** Called on the OCPP thread: replies handled on this thread apply their effects before the next frame. */
    public void bindToCurrentThread() {
        owner = Thread.currentThread();
    }

    @Override
    public void execute(Runnable task) {
        if (Thread.currentThread() != owner) {
            thread.execute(task);
            return;
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            // a reply's callback must not break the handling of the frame that completed it
            LOG.error("Handling a reply failed", e);
        }
    }
}
