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
        LimitProfile nightly = new LimitProfile(7, null, 3, ProfilePurpose.TxDefaultProfile,
                ProfileKind.Recurring, Recurrence.Daily, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"), new LimitSchedule(7200, Instant.parse("2026-01-01T23:00:00Z"),
                RateUnit.W, List.of(new LimitPeriod(0, new BigDecimal("4140.5"), 2),
                new LimitPeriod(3600, new BigDecimal("6900.0"), null)), new BigDecimal("1.5")));
        LimitProfile cap = new LimitProfile(8, null, 0, ProfilePurpose.ChargePointMaxProfile,
                ProfileKind.Relative, null, null, null, new LimitSchedule(null, null, RateUnit.A,
                List.of(new LimitPeriod(0, new BigDecimal("20.0"), null)), null)); // the wire form: one decimal
        profiles.install(new InstalledProfile(2, nightly));
        profiles.install(new InstalledProfile(0, cap));
        profiles.install(new InstalledProfile(1, new LimitProfile(9, null, 0, ProfilePurpose.TxDefaultProfile,
                ProfileKind.Relative, null, null, null, cap.chargingSchedule())));
        assertEquals(1, profiles.clear(new ProfileFilter(9, null, null, null)));

        ChargingProfiles restarted = new ChargingProfiles(repository, transactions, station);
        restarted.load();
        assertEquals(Set.of(new InstalledProfile(2, nightly), new InstalledProfile(0, cap)),
                restarted.installed().stream().collect(Collectors.toSet()));
    }
}
