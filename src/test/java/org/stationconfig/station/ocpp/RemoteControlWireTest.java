package org.stationconfig.station.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stationconfig.ocpp.v16.core.ChangeAvailability.AvailabilityStatus;
import org.stationconfig.ocpp.v16.core.ChangeAvailability.AvailabilityType;
import org.stationconfig.ocpp.v16.core.ClearCache.ClearCacheStatus;
import org.stationconfig.ocpp.v16.core.UnlockConnector.UnlockStatus;
import org.stationconfig.ocpp.v16.types.RemoteStartStopStatus;
import org.stationconfig.station.Acceptance;
import org.stationconfig.station.Availability;
import org.stationconfig.station.AvailabilityChange;
import org.stationconfig.station.UnlockResult;

/** Every answer of the station to the central system's requests has its OCPP 1.6 spelling, both ways. */
class RemoteControlWireTest {

    @ParameterizedTest
    @EnumSource(Availability.class)
    void everyAvailabilityMapsBothWays(Availability availability) {
        assertEquals(availability.name(), RemoteControlWire.toWire(availability).name());
        assertEquals(availability, RemoteControlWire.fromWire(RemoteControlWire.toWire(availability)));
    }

    @ParameterizedTest
    @EnumSource(AvailabilityType.class)
    void everyAvailabilityTypeHasAStationOne(AvailabilityType type) {
        assertEquals(type, RemoteControlWire.toWire(RemoteControlWire.fromWire(type)));
    }

    @ParameterizedTest
    @EnumSource(AvailabilityChange.class)
    void everyAvailabilityChangeMapsBothWays(AvailabilityChange change) {
        assertEquals(change.name(), RemoteControlWire.toWire(change).name());
        assertEquals(change, RemoteControlWire.fromWire(RemoteControlWire.toWire(change)));
    }

    @ParameterizedTest
    @EnumSource(AvailabilityStatus.class)
    void everyAvailabilityStatusHasAStationOne(AvailabilityStatus status) {
        assertEquals(status, RemoteControlWire.toWire(RemoteControlWire.fromWire(status)));
    }

    @ParameterizedTest
    @EnumSource(UnlockResult.class)
    void everyUnlockResultMapsBothWays(UnlockResult result) {
        assertEquals(result.name(), RemoteControlWire.toWire(result).name());
        assertEquals(result, RemoteControlWire.fromWire(RemoteControlWire.toWire(result)));
    }

    @ParameterizedTest
    @EnumSource(UnlockStatus.class)
    void everyUnlockStatusHasAStationOne(UnlockStatus status) {
        assertEquals(status, RemoteControlWire.toWire(RemoteControlWire.fromWire(status)));
    }

    @ParameterizedTest
    @EnumSource(Acceptance.class)
    void everyAcceptanceIsARemoteAndAClearCacheStatus(Acceptance acceptance) {
        assertEquals(acceptance.name(), RemoteControlWire.remoteStatus(acceptance).name());
        assertEquals(acceptance.name(), RemoteControlWire.clearCacheStatus(acceptance).name());
        assertEquals(acceptance, RemoteControlWire.fromWire(RemoteControlWire.remoteStatus(acceptance)));
        assertEquals(acceptance, RemoteControlWire.fromWire(RemoteControlWire.clearCacheStatus(acceptance)));
    }

    @ParameterizedTest
    @EnumSource(RemoteStartStopStatus.class)
    void everyRemoteStatusHasAnAcceptance(RemoteStartStopStatus status) {
        assertEquals(status, RemoteControlWire.remoteStatus(RemoteControlWire.fromWire(status)));
    }

    @ParameterizedTest
    @EnumSource(ClearCacheStatus.class)
    void everyClearCacheStatusHasAnAcceptance(ClearCacheStatus status) {
        assertEquals(status, RemoteControlWire.clearCacheStatus(RemoteControlWire.fromWire(status)));
    }
}
