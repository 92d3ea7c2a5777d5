package org.stationconfig.firmware;

import java.util.concurrent.CompletableFuture;

/** Boots the station into newly installed firmware. */
interface Reboot {

    /**
     * Makes {@code version} the station's firmwareVersion and reboots; completes once the station has booted again
     * (its new BootNotification was Accepted, or OCPP is off).
     */
    CompletableFuture<Void> into(String version);

    /** Whether the station already reports {@code version} as its firmwareVersion. */
    boolean runs(String version);
}
