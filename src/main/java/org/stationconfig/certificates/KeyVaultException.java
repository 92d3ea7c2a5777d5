package org.stationconfig.certificates;

/** A sealed private key that cannot be opened; the message says why without revealing anything secret. */
public class KeyVaultException extends Exception {

    public KeyVaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
