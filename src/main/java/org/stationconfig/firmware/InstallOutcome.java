package org.stationconfig.firmware;

/** What the installer made of an image (whitepaper L01 statuses Installed, InstallVerificationFailed, InstallationFailed). */
public sealed interface InstallOutcome {

    /** Installed; the station reboots into {@code version}, which becomes its firmwareVersion (≤ 50 ASCII chars). */
    record Installed(String version) implements InstallOutcome {
    }

    /** The boot loader refused the image (e.g. not for this hardware); nothing was changed. */
    record VerificationFailed(String reason) implements InstallOutcome {
    }

    /** Writing the image failed; the previous firmware stays. */
    record Failed(String reason) implements InstallOutcome {
    }
}
