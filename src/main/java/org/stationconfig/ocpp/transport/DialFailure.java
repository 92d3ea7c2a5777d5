package org.stationconfig.ocpp.transport;

/** A connection attempt that did not end in an open OCPP-J link, with the stage it failed at. */
public class DialFailure extends RuntimeException {

    public enum Stage { DNS, TCP, TLS, HTTP, SUBPROTOCOL }

    private final transient Stage stage;
    private final int httpStatus;

    public DialFailure(Stage stage, String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.httpStatus = httpStatus;
    }

    public Stage stage() {
        return stage;
    }

    /** For stage HTTP: the status the server answered the upgrade with. */
    public int httpStatus() {
        return httpStatus;
    }
}
