package org.stationconfig.connection;

import java.time.Instant;
import org.stationconfig.ocpp.v16.core.BootNotification;

/** What a session tells its supervisor; always called on the OCPP thread. */
interface SessionListener {

    /** The answer to the last BootNotification, as the status shows it: what the session goes by. */
    Registration registration();

    void bootAnswered(OcppSession session, BootNotification.Response response);

    void bootFailed(OcppSession session, LastError error);

    /** A request other than BootNotification was answered on this link (a plain reconnect succeeded). */
    void firstAnswer(OcppSession session);

    void heartbeatAnswered(OcppSession session, Instant at);

    /** An outbox message went unanswered within MessageTimeout; the link stays up, the status names it. */
    void callUnanswered(OcppSession session, LastError error);

    /** The link is gone; {@code reason} says why, null when the station closed it on purpose. */
    void ended(OcppSession session, LastError reason);
}
