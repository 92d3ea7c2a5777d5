package org.stationconfig.ocpp.session;

/** The answer to the last BootNotification, as far as the session's protocol depends on it (S16 §4.2). */
public enum SessionRegistration {
    /** No answer yet on this registration. */
    NONE,
    ACCEPTED,
    PENDING,
    REJECTED
}
