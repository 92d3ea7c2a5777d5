package org.stationconfig.settings.type;

/**
 * A value that does not fit its setting; the message is shown to the installer as is, so it is cut at
 * {@value #MAX_MESSAGE} characters: whatever a check quotes, an error never echoes an unbounded value.
 */
public class InvalidValueException extends RuntimeException {

    static final int MAX_MESSAGE = 300;

    public InvalidValueException(String message) {
        super(bounded(message), null, false, false);
    }

    private static String bounded(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE) + "…(" + message.length() + " chars)";
    }
}
