package org.stationconfig.charging.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;

/** A row of {@code charging_profile}: the profile as its OCPP JSON, and the fields the rules select by. */
@MappedEntity("charging_profile")
public record StoredProfile(@Id int chargingProfileId, int connectorId, ChargingProfilePurpose purpose, int stackLevel,
                            String profile) {
}
