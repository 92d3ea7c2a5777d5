package org.stationconfig.ocpp.session;

/**
 * The session's own messages a TriggerMessage can ask for (S16 §5.17). They go through the session, not
 * {@link org.stationconfig.ocpp.CentralSystem}: a BootNotification's answer decides the registration, a Heartbeat's
 * sets the clock.
 */
public interface SessionTriggers {

    /** While Pending, the next BootNotification goes out now instead of after the interval; otherwise nothing. */
    void triggerBootNotification();

    /** A Heartbeat now, also while Pending; its answer sets the clock like a scheduled one's. */
    void triggerHeartbeat();
}
