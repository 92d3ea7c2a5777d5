package org.stationconfig.firmware;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's boot loader ({@code station.hardware: simulator}): installs whatever it is given, or fails on
 * command so every outcome can be tried (a technician sets it with {@code PUT /api/v1/simulator/firmware}). The
 * installed version is read from the image's file name ({@link FirmwareVersions}); an image without a usable name
 * is refused as not verifiable.
 */
@Singleton
@Requires(property = "station.hardware", value = "simulator", defaultValue = "simulator")
public class SimulatedFirmwareInstaller implements FirmwareInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedFirmwareInstaller.class);

    /** What the next installations do, until changed. */
    public enum Behaviour {
        /** Install and report the version from the file name. */
        INSTALL,
        /** Refuse the image before installing (InstallVerificationFailed). */
        FAIL_VERIFICATION,
        /** Fail while installing (InstallationFailed). */
        FAIL_INSTALLATION
    }

    private volatile Behaviour behaviour = Behaviour.INSTALL;

    public Behaviour behaviour() {
        return behaviour;
    }

    public void behave(Behaviour next) {
        LOG.info("Simulated firmware installations now: {}", next);
        behaviour = next;
    }

    @Override
    public InstallOutcome install(Path image, String fileName) {
        long size;
        try {
            size = Files.size(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Simulated installation of {} ({} bytes): {}", fileName, size, behaviour);
        return switch (behaviour) {
            case FAIL_VERIFICATION -> new InstallOutcome.VerificationFailed("the simulator was told to refuse the image");
            case FAIL_INSTALLATION -> new InstallOutcome.Failed("the simulator was told to fail the installation");
            case INSTALL -> FirmwareVersions.fromFileName(fileName)
                    .<InstallOutcome>map(InstallOutcome.Installed::new)
                    .orElseGet(() -> new InstallOutcome.VerificationFailed("no version in the file name " + fileName));
        };
    }
}
