package org.stationconfig.connection;

import java.time.Instant;

/** What a session tells its supervisor, in the connection's own terms; always called on the OCPP thread. */
public interface SessionListener {

    /** The answer to the last BootNotification, as the status shows it: what the session goes by. */
    Registration registration();

    /** A BootNotification was answered: ACCEPTED, PENDING or REJECTED, with the interval the central system gave. */
    void bootAnswered(LinkSession session, Registration answer, int interval);

    void bootFailed(LinkSession session, LastError error);

    /** A request other than BootNotification was answered on this link (a plain reconnect succeeded). */
    void firstAnswer(LinkSession session);

    void heartbeatAnswered(LinkSession session, Instant at);

    /** An outbox message went unanswered within MessageTimeout; the link stays up, the status names it. */
    void callUnanswered(LinkSession session, LastError error);

    /** The link is gone by itself; {@code reason} says why. */
    void ended(LinkSession session, LastError reason);
}
