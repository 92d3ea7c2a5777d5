package org.stationconfig.certificates;

/** A refusal with its code (for the app and tests) and the message shown to the installer. */
public record Refusal(RefusalReason reason, String message) {

    public static Refusal of(RefusalReason reason) {
        return new Refusal(reason, reason.message());
    }

    /** The standard message followed by a detail such as the subject or a date. */
    public static Refusal of(RefusalReason reason, String detail) {
        return new Refusal(reason, reason.message() + ": " + detail);
    }
}
