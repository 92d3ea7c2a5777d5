package org.stationconfig.diagnostics;

/**
 * Where the steps of an upload go: to the central system, in the status message of the upload's channel. The
 * {@code ocpp} adapter sends them as DiagnosticsStatusNotification or LogStatusNotification.
 */
public interface UploadReports {

    /** {@code request} is now {@code state}; called on the upload's worker, in order. Must not block. */
    void report(UploadRequest request, UploadState state);
}
