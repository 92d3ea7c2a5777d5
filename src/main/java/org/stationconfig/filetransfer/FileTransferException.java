package org.stationconfig.filetransfer;

/** A transfer that did not complete, with a message that names the cause (no secrets from the URI's user info). */
public class FileTransferException extends Exception {

    public FileTransferException(String message, Throwable cause) {
        super(message, cause);
    }

    public FileTransferException(String message) {
        super(message);
    }
}
