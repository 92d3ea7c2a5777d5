/**
 * Diagnostics: the service's log file ({@link org.stationconfig.diagnostics.DiagnosticsLogFile}), collecting logs
 * for a time window ({@link org.stationconfig.diagnostics.LogCollector}) and uploading them, at most one upload per
 * channel ({@link org.stationconfig.diagnostics.Uploads}), each step reported through
 * {@link org.stationconfig.diagnostics.UploadReports}. Protocol-free: the OCPP 1.6 requests, notifications and
 * triggers are in {@code ocpp} (ImportRulesTest).
 *
 * <p>May not import: OCPP 1.6 types ({@code ocpp.v16}) outside {@code ocpp}. Otherwise free: nothing imports it, so it
 * sits at the top.
 */
package org.stationconfig.diagnostics;
