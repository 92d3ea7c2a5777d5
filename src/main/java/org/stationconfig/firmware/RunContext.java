package org.stationconfig.firmware;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.stationconfig.filetransfer.FileTransfer;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.securitylog.SecurityEvent;

/**
 * What an {@link UpdateRun} works with. Production wiring is in {@link FirmwareUpdates}; unit tests use a virtual
 * scheduler and fakes.
 *
 * @param thread    the firmware thread: every step of a run happens there, one at a time
 * @param scheduler timers whose tasks run on the firmware thread
 * @param blocking  downloads, signature checks and the installation, which may take long
 * @param clock     the station's time (it may follow the central system's clock)
 * @param journal   persists the update after every change
 * @param images    the directory downloaded images are kept in until installed
 */
record RunContext(Executor thread, Scheduler scheduler, Executor blocking, Supplier<Instant> clock,
                  FileTransfer transfer, FirmwareInstaller installer, InstallWindow window, FirmwareStatusSink statuses,
                  Consumer<FirmwareUpdate> journal, Reboot reboot, SecurityEventSink securityEvents, Path images) {

    /** Raises a whitepaper security event with its techInfo. */
    @FunctionalInterface
    interface SecurityEventSink {
        void raise(SecurityEvent event, String techInfo);
    }
}
