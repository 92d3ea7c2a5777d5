package org.stationconfig.station;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.charging.ChargingProfiles;
import org.stationconfig.charging.InstalledProfile;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.authorization.Authorization;
import org.stationconfig.station.authorization.AuthorizationCache;
import org.stationconfig.station.authorization.TagStatus;
import org.stationconfig.station.authorization.TagVerdict;
import org.stationconfig.station.hardware.ChargingHardware;
import org.stationconfig.station.hardware.MeterReading;
import org.stationconfig.station.transaction.StopReason;
import org.stationconfig.station.transaction.TransactionJournal;
import org.stationconfig.station.transaction.TransactionRecord;

/**
 * Starting and stopping transactions on a connector: the journal and outbox, the cable lock, the metering, and the
 * central system's verdict on the tag after the start (StopTransactionOnInvalidId, MaxEnergyOnInvalidId). Station
 * thread only; the caller applies the power afterwards.
 */
@Singleton
class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    /** How often a transaction without sampling still records its meter, for the stop after a power loss. */
    static final Duration SEEN_EVERY = Duration.ofSeconds(30);

    private final Connectors connectors;
    private final ChargingHardware hardware;
    private final TransactionJournal journal;
    private final PeriodicMetering metering;
    private final AuthorizationCache cache;
    private final SettingsStore settings;
    private final StationClock clock;
    private final ApplicationEventPublisher<TransactionChanged> events;
    private final Reservations reservations;
    private final ChargingProfiles profiles;

    Transactions(Connectors connectors, ChargingHardware hardware, TransactionJournal journal, PeriodicMetering metering,
                 AuthorizationCache cache, SettingsStore settings, StationClock clock,
                 ApplicationEventPublisher<TransactionChanged> events, Reservations reservations,
                 ChargingProfiles profiles) {
        this.connectors = connectors;
        this.hardware = hardware;
        this.journal = journal;
        this.metering = metering;
        this.cache = cache;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.reservations = reservations;
        this.profiles = profiles;
    }

    /**
     * @param txProfile the TxProfile a RemoteStartTransaction brought: installed for this transaction (S16 §5.11)
     * @return the transaction as journalled
     */
    TransactionRecord start(Connector connector, Authorization authorization, @Nullable LimitProfile txProfile) {
        connector.cancelPending();
        connector.finishing = false;
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        int meterStart = (int) Math.round(hardware.read(connector.id).energyWh());
        Integer reservationId = reservations.use(connector, authorization); // S16 §5.13: the start ends it
        TransactionRecord record = journal.open(connector.id, authorization.idTag(), authorization.parentIdTag(),
                reservationId, meterStart, now);
        connector.transaction = new OpenTransaction(record, authorization);
        if (txProfile != null) {
            profiles.install(new InstalledProfile(connector.id, txProfile));
        }
        if (!hardware.lock(connector.id, true)) {
            LOG.warn("Connector {}: the cable lock did not engage", connector.id);
        }
        metering.begin(connector);
        LOG.info("Transaction {} started on connector {} ({})", record.localId(), connector.id, authorization.source());
        events.publishEvent(new TransactionChanged(connector.id, record.localId(), record.idTag(), true, null));
        return record;
    }

    /** @return the transaction as it ended; empty when none ran on the connector */
    Optional<TransactionRecord> stop(Connector connector, StopReason reason, @Nullable String stopIdTag) {
        OpenTransaction transaction = connector.transaction;
        if (transaction == null) {
            return Optional.empty();
        }
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        MeterReading reading = metering.end(connector, now);
        TransactionRecord stopped = journal.close(transaction.record, (int) Math.round(reading.energyWh()), now, reason,
                stopIdTag);
        connector.transaction = null;
        profiles.transactionEnded(connector.id);
        connector.finishing = connector.plugged;
        hardware.lock(connector.id, false); // the driver may take the cable
        if (connector.inoperativeScheduled) {
            connector.inoperativeScheduled = false;
            connector.inoperative = true;
            connectors.remember(connector);
        }
        LOG.info("Transaction {} on connector {} stopped: {}", stopped.localId(), connector.id, reason);
        events.publishEvent(new TransactionChanged(connector.id, stopped.localId(), stopped.idTag(), false, reason));
        return Optional.of(stopped);
    }

    Optional<Connector> byServerId(int serverId) {
        return connectors.all().stream().filter(c -> c.transaction != null
                && Integer.valueOf(serverId).equals(c.transaction.record.serverId())).findFirst();
    }

    /**
     * StartTransaction was answered. A tag the central system does not accept stops the transaction
     * (StopTransactionOnInvalidId) or only its energy delivery, once MaxEnergyOnInvalidId Wh (counted from the
     * start) have been delivered.
     */
    void startAnswered(String localId, @Nullable Integer serverId, TagVerdict info) {
        Optional<TransactionRecord> answered = journal.answered(localId, serverId, info.status());
        answered.ifPresent(record -> cache.remember(record.idTag(), info));
        Optional<Connector> connector = connectors.all().stream()
                .filter(c -> c.transaction != null && c.transaction.record.localId().equals(localId)).findFirst();
        if (connector.isEmpty() || answered.isEmpty()) {
            return;
        }
        OpenTransaction transaction = connector.get().transaction;
        transaction.record = answered.get();
        if (info.status() == TagStatus.Accepted) {
            return;
        }
        SettingsSnapshot snapshot = settings.current();
        boolean stop = snapshot.get(Setting.STOP_TRANSACTION_ON_INVALID_ID);
        transaction.invalidated = new OpenTransaction.Invalidated(stop,
                transaction.record.meterStartWh() + (double) snapshot.get(Setting.MAX_ENERGY_ON_INVALID_ID));
        LOG.info("Transaction {}: the central system answered {} for its tag; {}", localId, info.status(),
                stop ? "stopping it" : "ending energy delivery");
        enforceInvalidId(connector.get());
    }

    /** The station tick: invalid-id allowances, and the meter noted for a stop after a power loss. */
    void tick() {
        Instant now = clock.now();
        for (Connector connector : connectors.all()) {
            if (connector.transaction == null) {
                continue;
            }
            if (enforceInvalidId(connector)) {
                continue;
            }
            OpenTransaction transaction = connector.transaction;
            if (Duration.between(transaction.record.lastSeenAt(), now).compareTo(SEEN_EVERY) >= 0) {
                transaction.record = journal.seen(transaction.record,
                        (int) Math.round(hardware.read(connector.id).energyWh()), now);
            }
        }
    }

    /** @return true when the transaction was stopped */
    private boolean enforceInvalidId(Connector connector) {
        OpenTransaction transaction = connector.transaction;
        if (transaction.invalidated != null && transaction.invalidated.stop()
                && transaction.suspendedByInvalidId(hardware.read(connector.id).energyWh())) {
            stop(connector, StopReason.DeAuthorized, null);
            return true;
        }
        return false;
    }

    /** After a restart: transactions the station was running are stopped with reason PowerLoss. */
    void recoverAfterRestart() {
        journal.recoverAfterRestart().forEach(record -> {
            LOG.info("Transaction {} on connector {} was open when the station stopped: stopped with PowerLoss",
                    record.localId(), record.connectorId());
            connectors.find(record.connectorId()).ifPresent(connector -> connector.finishing = connector.plugged);
            events.publishEvent(new TransactionChanged(record.connectorId(), record.localId(), record.idTag(), false,
                    StopReason.PowerLoss));
        });
        connectors.all().forEach(connector -> profiles.transactionEnded(connector.id)); // no transaction runs now
    }
}
