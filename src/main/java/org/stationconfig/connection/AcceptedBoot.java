package org.stationconfig.connection;

/**
 * The connection settings and identity a BootNotification was Accepted for; a reconnect with the same needs none
 * (J16 §5.4). Any other URL, id, key, profile or station certificate registers anew (issue 13 item 2): it reads
 * NONE until its BootNotification is answered, so a refused new key never shows the old Accepted.
 */
record AcceptedBoot(ConnectionParameters parameters, StationIdentity identity) {

    boolean covers(ConnectionParameters endpoint, StationIdentity as) {
        return parameters.equals(endpoint) && identity.equals(as);
    }
}
