/**
 * Firmware updates (S16 §4.5, §5.19; security whitepaper L01): SignedUpdateFirmware, and UpdateFirmware when
 * {@code firmwareUpdateMode} is LEGACY (otherwise CALLERROR NotSupported, L01.FR.20).
 *
 * <ul>
 *   <li>{@link org.stationconfig.firmware.FirmwareRequest}: an update as asked for;
 *       {@link org.stationconfig.firmware.SigningCertificateCheck} checks the signing certificate against the
 *       installed ManufacturerRootCertificates.</li>
 *   <li>{@link org.stationconfig.firmware.FirmwareUpdates}: one update at a time on the firmware thread, replaced
 *       by a newer one (AcceptedCanceled), persisted in {@code firmware_update} and continued after a restart.</li>
 *   <li>{@link org.stationconfig.firmware.UpdateRun}: the steps and {@link org.stationconfig.firmware.FirmwareStatus}
 *       of one update; it works through small ports ({@link org.stationconfig.firmware.RunContext}): the file
 *       transfer, the {@link org.stationconfig.firmware.FirmwareInstaller} hardware port, the install window on the
 *       station's connectors, the status reports ({@link org.stationconfig.firmware.FirmwareStatusSink}) and the
 *       reboot.</li>
 *   <li>{@link org.stationconfig.firmware.SimulatedFirmwareInstaller} and its controller: the simulator's installer,
 *       which succeeds or fails on command.</li>
 *   <li>{@code ocpp}: the OCPP 1.6 adapter (the update messages, the status notifications and their triggers).</li>
 * </ul>
 *
 * <p>May not import: OCPP 1.6 types ({@code ocpp.v16}) outside {@code ocpp} (ImportRulesTest). Otherwise free: nothing
 * imports it, so it sits at the top.
 */
package org.stationconfig.firmware;
