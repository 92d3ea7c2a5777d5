/**
 * Moving files between the station and a server for firmware, diagnostics and logs:
 * {@link org.stationconfig.filetransfer.FileTransfer} ({@link org.stationconfig.filetransfer.StationFileTransfer}:
 * HTTP(S) with the JDK client, FTP(S) with Apache Commons Net), with download budgets, redirect rules, timeouts and the
 * servers it trusts.
 *
 * <p>May not import: nothing above it, which would close a cycle: diagnostics, firmware (they use it). No OCPP 1.6
 * types: locations arrive as URIs.
 */
package org.stationconfig.filetransfer;
