package org.stationconfig.diagnostics;

/** Where an upload is, in terms common to both channels; each status message has its own words for it. */
public enum UploadState {
    UPLOADING,
    UPLOADED,
    /** Every attempt failed (unreachable, refused, server error, ...). */
    FAILED,
    /** HTTP 401/403, or the FTP server refused the login or the file: retrying with the same URI cannot help. */
    PERMISSION_DENIED,
    /** The location is not a URI the station can read. */
    BAD_LOCATION,
    /** A scheme the station cannot upload with (not FTP, FTPS, HTTP, HTTPS). */
    UNSUPPORTED_SCHEME;

    public boolean finished() {
        return this != UPLOADING;
    }
}
