package org.stationconfig.certificates.manage;

/** What became of a delete request. */
public enum RemovalOutcome {
    DELETED("Deleted"),
    NOT_FOUND("There is no such certificate"),
    NOT_PERMITTED("You may not delete certificates of this use; GET /api/v1/certificates lists what you may do"),
    ROOT_IN_USE("This CentralSystemRootCertificate is the one the station uses to trust its central system; install "
            + "and connect with its successor first (whitepaper M04.FR.06)"),
    STATION_CERTIFICATE_IN_USE("This is the station certificate in use; install its successor first"),
    STATION_CERTIFICATE_OVER_OCPP("The ChargePointCertificate is never deleted by the central system (whitepaper M04.FR.05)");

    private final String message;

    RemovalOutcome(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
