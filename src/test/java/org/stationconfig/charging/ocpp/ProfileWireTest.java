package org.stationconfig.charging.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stationconfig.charging.LimitPeriod;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.charging.LimitSchedule;
import org.stationconfig.charging.ProfileKind;
import org.stationconfig.charging.ProfilePurpose;
import org.stationconfig.charging.RateUnit;
import org.stationconfig.charging.Recurrence;
import org.stationconfig.ocpp.v16.types.ChargingProfileKind;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;
import org.stationconfig.ocpp.v16.types.ChargingRateUnit;
import org.stationconfig.ocpp.v16.types.RecurrencyKind;

/** Every purpose, kind, recurrence and unit maps both ways; a profile is stored as the same OCPP JSON as before. */
class ProfileWireTest {

    @ParameterizedTest
    @EnumSource(ProfilePurpose.class)
    void everyPurposeMapsBothWays(ProfilePurpose purpose) {
        assertEquals(purpose.name(), ProfileWire.toWire(purpose).name());
        assertEquals(purpose, ProfileWire.fromWire(ProfileWire.toWire(purpose)));
    }

    @ParameterizedTest
    @EnumSource(ChargingProfilePurpose.class)
    void everyWirePurposeHasAStationOne(ChargingProfilePurpose purpose) {
        assertEquals(purpose, ProfileWire.toWire(ProfileWire.fromWire(purpose)));
    }

    @ParameterizedTest
    @EnumSource(ProfileKind.class)
    void everyKindMapsBothWays(ProfileKind kind) {
        assertEquals(kind.name(), ProfileWire.toWire(kind).name());
        assertEquals(kind, ProfileWire.fromWire(ProfileWire.toWire(kind)));
    }

    @ParameterizedTest
    @EnumSource(ChargingProfileKind.class)
    void everyWireKindHasAStationOne(ChargingProfileKind kind) {
        assertEquals(kind, ProfileWire.toWire(ProfileWire.fromWire(kind)));
    }

    @ParameterizedTest
    @EnumSource(Recurrence.class)
    void everyRecurrenceMapsBothWays(Recurrence recurrence) {
        assertEquals(recurrence.name(), ProfileWire.toWire(recurrence).name());
        assertEquals(recurrence, ProfileWire.fromWire(ProfileWire.toWire(recurrence)));
    }

    @ParameterizedTest
    @EnumSource(RecurrencyKind.class)
    void everyRecurrencyKindHasAStationOne(RecurrencyKind kind) {
        assertEquals(kind, ProfileWire.toWire(ProfileWire.fromWire(kind)));
    }

    @ParameterizedTest
    @EnumSource(RateUnit.class)
    void everyRateUnitMapsBothWays(RateUnit unit) {
        assertEquals(unit.name(), ProfileWire.toWire(unit).name());
        assertEquals(unit, ProfileWire.fromWire(ProfileWire.toWire(unit)));
    }

    @ParameterizedTest
    @EnumSource(ChargingRateUnit.class)
    void everyChargingRateUnitHasAStationOne(ChargingRateUnit unit) {
        assertEquals(unit, ProfileWire.toWire(ProfileWire.fromWire(unit)));
    }

    @Test
    void aProfileIsStoredAsTheSameOcppJsonAndReadBackWhole() throws Exception {
        LimitProfile nightly = new LimitProfile(7, null, 3, ProfilePurpose.TxDefaultProfile, ProfileKind.Recurring,
                Recurrence.Daily, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
                new LimitSchedule(7200, Instant.parse("2026-01-01T23:00:00Z"), RateUnit.W,
                        List.of(new LimitPeriod(0, new BigDecimal("4140.5"), 2),
                                new LimitPeriod(3600, new BigDecimal("6900.0"), null)), new BigDecimal("1.5")));
        String json = ProfileWire.json(nightly);
        assertEquals("{\"chargingProfileId\":7,\"stackLevel\":3,\"chargingProfilePurpose\":\"TxDefaultProfile\","
                + "\"chargingProfileKind\":\"Recurring\",\"recurrencyKind\":\"Daily\","
                + "\"validFrom\":\"2026-01-01T00:00:00Z\",\"validTo\":\"2027-01-01T00:00:00Z\","
                + "\"chargingSchedule\":{\"duration\":7200,\"startSchedule\":\"2026-01-01T23:00:00Z\","
                + "\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":4140.5,"
                + "\"numberPhases\":2},{\"startPeriod\":3600,\"limit\":6900.0}],\"minChargingRate\":1.5}}", json);
        assertEquals(nightly, ProfileWire.fromJson(json));
    }
}
