/**
 * Diagnostics and log uploads in OCPP 1.6J: GetDiagnostics (S16 §5.9) and GetLog (whitepaper N01) start an upload,
 * the feature's {@link org.stationconfig.diagnostics.UploadReports} go out as DiagnosticsStatusNotification and
 * LogStatusNotification ({@link org.stationconfig.diagnostics.ocpp.UploadStatusNotifications}), and their triggers
 * answer with the running upload's state. The only place diagnostics meets the wire types (ImportRulesTest); may
 * import the diagnostics feature and the protocol machinery, and the feature does not import it.
 *
 * <p>May not import: nothing above the feature, which would close a cycle (status, events). The one part of
 * {@code diagnostics} that may use OCPP 1.6 types.
 */
package org.stationconfig.diagnostics.ocpp;
