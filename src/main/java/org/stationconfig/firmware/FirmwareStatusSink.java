package org.stationconfig.firmware;

import java.util.concurrent.CompletableFuture;

/** Where the status of an update goes: the central system, as the message its kind of update calls for. */
public interface FirmwareStatusSink {

    /**
     * Reports {@code update.status()}. The future completes when this first attempt is over (answered, failed, or
     * held until the station is online again); {@code delivered} runs once the central system has it, maybe later.
     */
    CompletableFuture<Void> report(FirmwareUpdate update, Runnable delivered);
}
