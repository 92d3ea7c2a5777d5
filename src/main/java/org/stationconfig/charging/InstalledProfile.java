package org.stationconfig.charging;


/** A charging profile the station holds, with the connector it was set on (0 = the whole station). */
public record InstalledProfile(int connectorId, LimitProfile profile) {

    public int id() {
        return profile.chargingProfileId();
    }

    public ProfilePurpose purpose() {
        return profile.chargingProfilePurpose();
    }

    /** S16 §3.13.2: a new profile with the same id, or with the same purpose and stack level on the same connector, takes this one's place. */
    boolean replacedBy(InstalledProfile other) {
        return id() == other.id() || connectorId == other.connectorId && purpose() == other.purpose()
                && profile.stackLevel() == other.profile.stackLevel();
    }
}
