package org.stationconfig.ocpp.transport;

/**
 * A connection attempt that did not end in an open OCPP-J link: the stage it failed at and the SPEC §4 code.
 *
 * @see org.stationconfig.connection.Diagnoses for the installer's message and hint
 */
public class DialFailure extends RuntimeException {

    public enum Stage { DNS, TCP, TLS, HTTP, SUBPROTOCOL }

    private final transient Stage stage;
    private final String code;
    private final int httpStatus;

    public DialFailure(Stage stage, String code, String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public Stage stage() {
        return stage;
    }

    /** DNS_FAILURE, TCP_REFUSED, TCP_TIMEOUT, TCP_RESET, TLS_..., HTTP_401/403/404/OTHER, SUBPROTOCOL_MISSING. */
    public String code() {
        return code;
    }

    /** For stage HTTP: the status the server answered the upgrade with. */
    public int httpStatus() {
        return httpStatus;
    }
}
