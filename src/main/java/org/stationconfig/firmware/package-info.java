/**
 * Firmware updates (S16 §4.5, §5.19; security whitepaper L01): SignedUpdateFirmware, and UpdateFirmware when
 * {@code firmwareUpdateMode} is LEGACY (otherwise CALLERROR NotSupported, L01.FR.20).
 *
 * <ul>
 *   <li>{@link org.stationconfig.firmware.UpdateFirmwareHandler}, {@link org.stationconfig.firmware.SignedUpdateFirmwareHandler}:
 *       the answers; {@link org.stationconfig.firmware.SigningCertificateCheck} checks the signing certificate
 *       against the installed ManufacturerRootCertificates.</li>
 *   <li>{@link org.stationconfig.firmware.FirmwareUpdates}: one update at a time on the firmware thread, replaced
 *       by a newer one (AcceptedCanceled), persisted in {@code firmware_update} and continued after a restart.</li>
 *   <li>{@link org.stationconfig.firmware.UpdateRun}: the steps and statuses of one update; it works through small
 *       ports ({@link org.stationconfig.firmware.RunContext}): the file transfer, the
 *       {@link org.stationconfig.firmware.FirmwareInstaller} hardware port, the install window on the station's
 *       connectors, the status reports and the reboot.</li>
 *   <li>{@link org.stationconfig.firmware.FirmwareStatusReports}: Signed/FirmwareStatusNotification, held while
 *       offline; {@link org.stationconfig.firmware.FirmwareStatusTrigger} answers triggers.</li>
 *   <li>{@link org.stationconfig.firmware.SimulatedFirmwareInstaller} and its controller: the simulator's installer,
 *       which succeeds or fails on command.</li>
 * </ul>
 *
 * <p>May not import: OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 * Not yet: its handlers, status reports and triggers, {@code FirmwareRequest}, {@code FirmwareUpdate},
 * {@code LegacyFirmwareStatus}, {@code StationInstallWindow}, {@code StationReboot} and {@code UpdateRun} still use
 * OCPP 1.6 types (known-violations.txt, section {@code [ocpp16]}; issue 12 item 2). Otherwise free: nothing imports it,
 * so it sits at the top.
 */
package org.stationconfig.firmware;
