package org.stationconfig.settings;

/**
 * The OCPP 1.6 security profiles (security whitepaper §2), each with what it needs and how it dials: the one place
 * these rules are written, for the settings rules and for the connection alike.
 */
public enum SecurityProfile {
    /** No security: plain ws, no password (only for testing). */
    UNSECURED(0),
    /** HTTP Basic authentication with the access key over plain ws. */
    BASIC_AUTHENTICATION(1),
    /** TLS (wss) with the central system's certificate checked, and HTTP Basic authentication with the access key. */
    TLS_WITH_BASIC_AUTHENTICATION(2),
    /** TLS (wss) with a client certificate: the station presents its ChargePointCertificate. */
    TLS_WITH_CLIENT_CERTIFICATE(3);

    private final int number;

    SecurityProfile(int number) {
        this.number = number;
    }

    /** The profile of a {@code securityProfile} value (0 to 3, as the setting's type allows). */
    public static SecurityProfile of(int number) {
        for (SecurityProfile profile : values()) {
            if (profile.number == number) {
                return profile;
            }
        }
        throw new IllegalArgumentException("no security profile " + number);
    }

    public int number() {
        return number;
    }

    /** A05.FR.02: profiles 1 and 2 authenticate with the access key (AuthorizationKey). */
    public boolean needsAccessKey() {
        return this == BASIC_AUTHENTICATION || this == TLS_WITH_BASIC_AUTHENTICATION;
    }

    /** A05.FR.03: profiles 2 and 3 check the central system's certificate against an installed root. */
    public boolean needsCentralSystemRoot() {
        return number >= 2;
    }

    /** A05.FR.04: profile 3 presents the station's own certificate. */
    public boolean presentsStationCertificate() {
        return this == TLS_WITH_CLIENT_CERTIFICATE;
    }

    /** The WebSocket scheme the profile dials with. */
    public String scheme() {
        return number >= 2 ? "wss" : "ws";
    }
}
