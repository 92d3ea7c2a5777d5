package org.stationconfig.charging;

import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.charging.ocpp.ProfileWire;
import org.stationconfig.charging.schedule.CompositeSchedule;
import org.stationconfig.charging.schedule.ProfileSet;
import org.stationconfig.charging.schedule.Supply;
import org.stationconfig.charging.store.StoredProfile;
import org.stationconfig.charging.store.StoredProfileRepository;
import org.stationconfig.hardware.StationProperties;

/**
 * The charging profiles the station holds (S16 §3.13): kept in SQLite so they outlive a restart, read from memory.
 * Changes are made one at a time and land whole, in the database and then in memory; readers (the power path on
 * the station thread, the status API) see either the old set or the new one.
 */
@Singleton
public class ChargingProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(ChargingProfiles.class);

    private final StoredProfileRepository repository;
    private final TransactionOperations<Connection> transactions;
    private final Supply supply;
    private volatile List<InstalledProfile> installed = List.of();

    public ChargingProfiles(StoredProfileRepository repository, TransactionOperations<Connection> transactions,
                            StationProperties station) {
        this.repository = repository;
        this.transactions = transactions;
        this.supply = new Supply(station.voltage(), station.phases(), station.maxCurrent());
    }

    @PostConstruct
    void load() {
        installed = transactions.executeRead(status -> StreamSupport.stream(repository.findAll().spliterator(), false)
                .map(row -> new InstalledProfile(row.connectorId(), read(row.profile()))).toList());
    }

    public List<InstalledProfile> installed() {
        return installed;
    }

    public Supply supply() {
        return supply;
    }

    /** How many profiles the station would hold with this one installed (what it replaces is gone). */
    public int countWith(InstalledProfile added) {
        return (int) installed.stream().filter(p -> !p.replacedBy(added)).count() + 1;
    }

    /** Installs a profile in place of the ones it replaces. */
    public synchronized void install(InstalledProfile added) {
        List<InstalledProfile> replaced = installed.stream().filter(p -> p.replacedBy(added)).toList();
        transactions.executeWrite(status -> {
            replaced.forEach(p -> repository.deleteById(p.id()));
            repository.save(new StoredProfile(added.id(), added.connectorId(), write(added.profile())));
            return null;
        });
        List<InstalledProfile> next = new ArrayList<>(installed);
        next.removeAll(replaced);
        next.add(added);
        installed = List.copyOf(next);
        LOG.info("Charging profile {} ({}, stack level {}) installed on connector {}{}", added.id(), added.purpose(),
                added.profile().stackLevel(), added.connectorId(),
                replaced.isEmpty() ? "" : ", replacing " + replaced.stream().map(InstalledProfile::id).toList());
    }

    /** Removes the profiles the filter matches; how many there were. */
    public synchronized int clear(ProfileFilter filter) {
        List<InstalledProfile> cleared = installed.stream().filter(filter::matches).toList();
        if (cleared.isEmpty()) {
            return 0;
        }
        transactions.executeWrite(status -> {
            cleared.forEach(p -> repository.deleteById(p.id()));
            return null;
        });
        installed = installed.stream().filter(p -> !cleared.contains(p)).toList();
        LOG.info("Charging profiles {} cleared", cleared.stream().map(InstalledProfile::id).toList());
        return cleared.size();
    }

    /** The connector's transaction ended (or is gone): its TxProfiles end with it (S16 §3.13.2). */
    public void transactionEnded(int connectorId) {
        clear(new ProfileFilter(null, connectorId, ProfilePurpose.TxProfile, null));
    }

    /** The profiles that bear on a connector; its TxProfiles only while it has a transaction. */
    public ProfileSet bearingOn(int connectorId, boolean transaction) {
        List<InstalledProfile> all = installed;
        return new ProfileSet(
                profiles(all, 0, ProfilePurpose.ChargePointMaxProfile),
                connectorId == 0 ? List.of() : profiles(all, 0, ProfilePurpose.TxDefaultProfile),
                connectorId == 0 ? List.of() : profiles(all, connectorId, ProfilePurpose.TxDefaultProfile),
                connectorId == 0 || !transaction ? List.of() : profiles(all, connectorId, ProfilePurpose.TxProfile));
    }

    /** What the ChargePointMaxProfiles allow the whole station now, and which one decides; empty when none is in force. */
    public Optional<CompositeSchedule.Limit> stationLimit(Instant now) {
        return CompositeSchedule.limitAt(bearingOn(0, false), now, now, supply);
    }

    /** The current the profiles allow a connector's transaction now. */
    public Optional<BigDecimal> transactionAmps(int connectorId, Instant transactionStart, Instant now) {
        return CompositeSchedule.ampsAt(bearingOn(connectorId, true).withoutStationCap(), transactionStart, now, supply);
    }

    private static List<LimitProfile> profiles(List<InstalledProfile> all, int connectorId,
                                                  ProfilePurpose purpose) {
        return all.stream().filter(p -> p.connectorId() == connectorId && p.purpose() == purpose)
                .map(InstalledProfile::profile).toList();
    }

    /** Stored as the OCPP 1.6 JSON it always was. */
    private String write(LimitProfile profile) {
        return ProfileWire.json(profile);
    }

    private LimitProfile read(String text) {
        try {
            return ProfileWire.fromJson(text);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored charging profile cannot be read", e);
        }
    }
}
