/**
 * The firmware feature in OCPP 1.6J: the only place it meets the wire types (ImportRulesTest).
 *
 * <ul>
 *   <li>{@link org.stationconfig.firmware.ocpp.UpdateFirmwareHandler} and
 *       {@link org.stationconfig.firmware.ocpp.SignedUpdateFirmwareHandler}: the answers, each request turned into
 *       the feature's {@link org.stationconfig.firmware.FirmwareRequest} ({@code OcppFirmwareRequest}).</li>
 *   <li>{@code FirmwareStatusReports}: the feature's {@link org.stationconfig.firmware.FirmwareStatusSink} as
 *       SignedFirmwareStatusNotification or FirmwareStatusNotification, held while offline;
 *       {@link org.stationconfig.firmware.ocpp.FirmwareStatusTrigger} answers triggers.</li>
 *   <li>{@code OcppFirmwareStatus} and {@code LegacyFirmwareStatus}: the feature's status in the whitepaper's and in
 *       the 1.6 words.</li>
 * </ul>
 *
 * <p>May import the firmware feature and the protocol machinery ({@code org.stationconfig.ocpp..}); the feature does
 * not import this package.
 *
 * <p>May not import: nothing above the feature, which would close a cycle (status, events). The one part of
 * {@code firmware} that may use OCPP 1.6 types.
 */
package org.stationconfig.firmware.ocpp;
