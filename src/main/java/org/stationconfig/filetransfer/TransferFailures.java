package org.stationconfig.filetransfer;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;
import org.stationconfig.filetransfer.FileTransferException.Reason;

/** Turns the I/O exception of a transfer into a reason and a sentence an operator can act on. */
final class TransferFailures {

    private TransferFailures() {
    }

    /** @param what e.g. "upload to ftp://host/dir" (a location already stripped of its user info) */
    static FileTransferException classify(String what, TransferLocation location, Throwable failure) {
        String endpoint = location.host() + (location.port(-1) < 0 ? "" : ":" + location.port(-1));
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DownloadedFile.TooLarge) {
                return failed(Reason.TOO_LARGE, what, cause.getMessage(), failure);
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return failed(Reason.HOST_NOT_FOUND, what, "host " + location.host() + " not found", failure);
            }
            if (cause instanceof SSLException) {
                return failed(Reason.TLS_FAILED, what, "TLS handshake with " + endpoint + " failed ("
                        + describe(cause) + "); is the server certificate issued by a trusted root?", failure);
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return failed(Reason.UNREACHABLE, what, "timed out connecting to " + endpoint, failure);
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return failed(Reason.UNREACHABLE, what, "connection to " + endpoint + " refused or unreachable",
                        failure);
            }
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                return failed(Reason.UNREACHABLE, what, "no answer from " + endpoint + " in time", failure);
            }
            if (cause instanceof InterruptedIOException || cause instanceof InterruptedException) {
                return failed(Reason.FAILED, what, "cancelled", failure);
            }
        }
        return failed(Reason.FAILED, what, "the transfer failed (" + describe(failure) + ")", failure);
    }

    static FileTransferException failed(Reason reason, String what, String why, Throwable cause) {
        return new FileTransferException(reason, "Could not " + what + ": " + why, cause);
    }

    /** The exception's own words, or its type when it has none (a refused socket often says nothing). */
    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
