package org.stationconfig.ocpp.status;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Stands in while no OCPP client is running: the station is waiting, never registered. */
@Singleton
@Secondary
public class NoConnectionYet implements LiveConnection {

    @Override
    public Reading read() {
        return new Reading(ConnectionState.WAITING_RETRY, Registration.NONE, null, null, null, null, null, null, null);
    }
}
