package org.stationconfig.station.reset;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.StationRestart;

/**
 * The step of a reset that restarts the station. A station maker whose reset reboots hardware replaces this bean;
 * it throws when the restart could not be done, and the reset tries again up to {@code ResetRetries} times.
 */
@Singleton
class ResetRestart {

    private final StationRestart restart;

    ResetRestart(StationRestart restart) {
        this.restart = restart;
    }

    void restart(String reason) {
        restart.restart(reason);
    }
}
