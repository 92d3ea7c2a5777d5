package org.stationconfig.settings.type;

import org.stationconfig.i18n.Text;

/**
 * A value that does not fit its setting; the message is shown to the installer as is, so it is cut at
 * {@value #MAX_MESSAGE} characters: whatever a check quotes, an error never echoes an unbounded value.
 */
public class InvalidValueException extends RuntimeException {

    static final int MAX_MESSAGE = 300;

    private final transient Text text;

    /** A message in English only (central-system and rule checks that the app rarely meets). */
    public InvalidValueException(String message) {
        super(bounded(message), null, false, false);
        this.text = null;
    }

    /** A message from the text bundle, shown in the caller's language; {@link #getMessage()} is its English. */
    public InvalidValueException(Text text) {
        super(bounded(text.english()), null, false, false);
        this.text = text;
    }

    /** The message as a bundle text, or null when it exists in English only. */
    public Text text() {
        return text;
    }

    /** The message in this language, cut like the English one. */
    public String message(java.util.Locale locale) {
        return text == null ? getMessage() : bounded(text.in(locale));
    }

    private static String bounded(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE) + "…(" + message.length() + " chars)";
    }
}
