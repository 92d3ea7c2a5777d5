package org.stationconfig.charging.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code charging_profile}: the connector the profile was set on, and the profile as its OCPP JSON. */
@MappedEntity("charging_profile")
public record StoredProfile(@Id int chargingProfileId, int connectorId, String profile) {
}
