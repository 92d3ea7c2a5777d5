package org.stationconfig.firmware;

import java.nio.file.Path;

/**
 * The hardware port for firmware: hands a downloaded (and, for a signed update, verified) image to the station's
 * boot loader. Blocking; called on a worker thread once no transaction runs and the connectors are Unavailable.
 * The shipped implementation is {@link SimulatedFirmwareInstaller}.
 */
public interface FirmwareInstaller {

    /**
     * Installs {@code image}, which was downloaded as {@code fileName} (the last segment of its location). The
     * station then reboots into it, unless the outcome is a failure.
     */
    InstallOutcome install(Path image, String fileName);
}
