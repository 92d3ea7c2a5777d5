package org.stationconfig.filetransfer;

/** A transfer that did not complete, with a message that names the cause (no secrets from the URI's user info). */
public class FileTransferException extends Exception {

    /** What went wrong, for the status a caller reports (e.g. GetLog's PermissionDenied, NotSupportedOperation). */
    public enum Reason {
        /** The location is not a usable URI (no host, bad syntax). */
        BAD_LOCATION,
        /** A scheme the station cannot transfer with. */
        UNSUPPORTED_SCHEME,
        /** The host name does not resolve. */
        HOST_NOT_FOUND,
        /** Refused, unreachable or timed out while connecting. */
        UNREACHABLE,
        /** The server's certificate is not trusted, or the TLS handshake failed. */
        TLS_FAILED,
        /** HTTP 401/403, or the FTP server refused the login or the command. */
        PERMISSION_DENIED,
        /** HTTP 404, or the FTP file or directory does not exist. */
        NOT_FOUND,
        /** The file is larger than the download cap or than the free space allows; the transfer was stopped. */
        TOO_LARGE,
        /** The station's storage is nearly full: no new download is started, so the database can still commit. */
        NO_SPACE,
        /** Anything else: the server answered an error, the connection broke, the local file failed. */
        FAILED
    }

    private final Reason reason;

    public FileTransferException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public FileTransferException(Reason reason, String message) {
        this(reason, message, null);
    }

    public FileTransferException(String message, Throwable cause) {
        this(Reason.FAILED, message, cause);
    }

    public FileTransferException(String message) {
        this(Reason.FAILED, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
