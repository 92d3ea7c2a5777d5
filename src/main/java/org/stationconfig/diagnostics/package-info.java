/**
 * Diagnostics and log uploads (S16 §5.9, whitepaper N01): the GetDiagnostics and GetLog handlers,
 * {@link org.stationconfig.diagnostics.Uploads} (at most one upload per channel, each on its own worker thread),
 * {@link org.stationconfig.diagnostics.LogCollector} for the file, the status notifications in order, and the service's
 * own log file ({@link org.stationconfig.diagnostics.DiagnosticsLogFile}).
 *
 * <p>May not import: OCPP 1.6 types ({@code ocpp.v16}): they belong in the feature's adapter subpackage {@code ocpp}.
 * Not yet: its handlers and triggers, {@code UploadState} and {@code Uploads} still use OCPP 1.6 types
 * (known-violations.txt, section {@code [ocpp16]}; issue 12 item 2). Otherwise free: nothing imports it, so it sits at
 * the top.
 */
package org.stationconfig.diagnostics;
