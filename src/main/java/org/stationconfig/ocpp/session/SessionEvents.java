package org.stationconfig.ocpp.session;

import java.time.Instant;
import org.stationconfig.ocpp.outbox.OutboundMessage;
import org.stationconfig.ocpp.v16.core.BootNotification;

/**
 * Port: what one session tells the application that drives it, always on the OCPP thread. After {@link #closed} or
 * {@link #pongMissing} the session has ended and reports nothing more.
 */
public interface SessionEvents {

    /** The registration the session goes by; kept by the application (the one place it is tracked). */
    SessionRegistration registration();

    void bootAnswered(BootNotification.Response response);

    /** The BootNotification got a CALLERROR or no answer; the session tries again after a back-off. */
    void bootFailed(Throwable cause, int failuresInARow);

    /** A request other than BootNotification was answered on this link (a plain reconnect succeeded). */
    void firstAnswer();

    /** A Heartbeat was answered; {@code at} is the station time after the answer set the clock. */
    void heartbeatAnswered(Instant at);

    /** An outbox message went unanswered within MessageTimeout; the link stays up. */
    void callUnanswered(OutboundMessage message);

    /** The link closed by itself (the server closed it, or a frame could not be written). */
    void closed(int code, String reason);

    /** No pong within {@code seconds} of a ping: the link is taken as dead and closed. */
    void pongMissing(int seconds);
}
