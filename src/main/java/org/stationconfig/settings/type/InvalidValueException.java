package org.stationconfig.settings.type;

/** A value that does not fit its setting; the message is shown to the installer as is. */
public class InvalidValueException extends RuntimeException {

    public InvalidValueException(String message) {
        super(message, null, false, false);
    }
}
