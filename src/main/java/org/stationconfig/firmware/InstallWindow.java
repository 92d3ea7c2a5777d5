package org.stationconfig.firmware;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Takes the station out of service for an installation (S16 §5.19, whitepaper L01): connectors not in use become
 * Unavailable at once, a connector with a transaction when that transaction ends, and the installation waits until
 * no transaction runs. Afterwards the same connectors are made Available again.
 */
interface InstallWindow {

    /** Makes every operative connector Unavailable (or schedules it); returns the ones it changed. */
    List<Integer> closeConnectors();

    /** Completes once no transaction runs on the station (at once when none does). */
    CompletableFuture<Void> noTransactionRunning();

    /** Makes these connectors (the ones {@link #closeConnectors} changed) operative again. */
    void reopen(List<Integer> connectorIds);
}
