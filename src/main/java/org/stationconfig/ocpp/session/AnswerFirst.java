package org.stationconfig.ocpp.session;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For a handler whose request asks for something to happen after its answer: the trigger's message (S16 §5.17 "first
 * send the TriggerMessage response"), the reset (§5.14 "send a Reset.conf before performing the reset"). Handlers run
 * on the OCPP thread, so the work queued behind the current task runs once the answer is written to the link.
 */
@Singleton
public class AnswerFirst {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerFirst.class);

    private final ScheduledExecutorService thread;

    public AnswerFirst(@Named(OcppThread.NAME) ScheduledExecutorService thread) {
        this.thread = thread;
    }

    /** Completes with {@code answer}, which sends it, and then runs {@code then} on the OCPP thread: it must not block. */
    public <R> CompletionStage<R> answerThen(R answer, Runnable then) {
        CompletableFuture<R> answered = new CompletableFuture<>();
        thread.execute(() -> {
            answered.complete(answer); // the handler table writes the answer here, synchronously
            try {
                then.run();
            } catch (RuntimeException e) {
                LOG.error("The work after answering {} failed", answer, e);
            }
        });
        return answered;
    }
}
