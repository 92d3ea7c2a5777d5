package org.stationconfig.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.charging.store.StoredProfileRepository;
import org.stationconfig.ocpp.v16.types.ChargingProfile;
import org.stationconfig.ocpp.v16.types.ChargingProfileKind;
import org.stationconfig.ocpp.v16.types.ChargingProfilePurpose;
import org.stationconfig.ocpp.v16.types.ChargingRateUnit;
import org.stationconfig.ocpp.v16.types.ChargingSchedule;
import org.stationconfig.ocpp.v16.types.ChargingSchedulePeriod;
import org.stationconfig.ocpp.v16.types.RecurrencyKind;
import org.stationconfig.hardware.StationProperties;

/** Installed profiles are in the SQLite file: a station that starts again holds the same ones, field for field. */
@MicronautTest(transactional = false)
class ChargingProfilesStoreTest extends TestDataDir {

    @Inject
    ChargingProfiles profiles;
    @Inject
    StoredProfileRepository repository;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StationProperties station;

    @Test
    void whatIsInstalledIsWhatTheNextStartReadsAndAClearedProfileStaysGone() {
        ChargingProfile nightly = new ChargingProfile(7, null, 3, ChargingProfilePurpose.TxDefaultProfile,
                ChargingProfileKind.Recurring, RecurrencyKind.Daily, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"), new ChargingSchedule(7200, Instant.parse("2026-01-01T23:00:00Z"),
                ChargingRateUnit.W, List.of(new ChargingSchedulePeriod(0, new BigDecimal("4140.5"), 2),
                new ChargingSchedulePeriod(3600, new BigDecimal("6900.0"), null)), new BigDecimal("1.5")));
        ChargingProfile cap = new ChargingProfile(8, null, 0, ChargingProfilePurpose.ChargePointMaxProfile,
                ChargingProfileKind.Relative, null, null, null, new ChargingSchedule(null, null, ChargingRateUnit.A,
                List.of(new ChargingSchedulePeriod(0, new BigDecimal("20.0"), null)), null)); // the wire form: one decimal
        profiles.install(new InstalledProfile(2, nightly));
        profiles.install(new InstalledProfile(0, cap));
        profiles.install(new InstalledProfile(1, new ChargingProfile(9, null, 0, ChargingProfilePurpose.TxDefaultProfile,
                ChargingProfileKind.Relative, null, null, null, cap.chargingSchedule())));
        assertEquals(1, profiles.clear(new ProfileFilter(9, null, null, null)));

        ChargingProfiles restarted = new ChargingProfiles(repository, transactions, station);
        restarted.load();
        assertEquals(Set.of(new InstalledProfile(2, nightly), new InstalledProfile(0, cap)),
                restarted.installed().stream().collect(Collectors.toSet()));
    }
}
