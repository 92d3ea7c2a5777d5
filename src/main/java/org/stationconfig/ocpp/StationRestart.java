package org.stationconfig.ocpp;

/**
 * Restarts the station's OCPP side as a reboot would (Reset, a firmware installation): the connection is closed and
 * made again, a new BootNotification goes out whatever was Accepted before, and StartupOfTheDevice is raised.
 * Stopping transactions first is the caller's job.
 */
public interface StationRestart {

    void restart(String reason);
}
