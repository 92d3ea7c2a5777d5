package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.charging.ProfileRules;
import org.stationconfig.ocpp.clock.StationClock;
import org.stationconfig.ocpp.v16.core.ChangeAvailability.AvailabilityStatus;
import org.stationconfig.ocpp.v16.core.ChangeAvailability.AvailabilityType;
import org.stationconfig.ocpp.v16.core.StopTransaction;
import org.stationconfig.ocpp.v16.core.UnlockConnector.UnlockStatus;
import org.stationconfig.ocpp.v16.types.ChargingProfile;
import org.stationconfig.ocpp.v16.types.RemoteStartStopStatus;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.authorization.Authorization;
import org.stationconfig.station.authorization.Authorizer;
import org.stationconfig.station.hardware.ChargingHardware;

/**
 * What the central system asks of the connectors (S16 §5.2, §5.11, §5.12, §5.18). Each answer is decided on the
 * station thread and handed back as a future, so the OCPP thread never waits.
 */
@Singleton
public class RemoteControl {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteControl.class);

    private final StationThread thread;
    private final Connectors connectors;
    private final Transactions transactions;
    private final ChargingFlow flow;
    private final PowerControl power;
    private final Authorizer authorizer;
    private final ChargingHardware hardware;
    private final SettingsStore settings;
    private final Reservations reservations;
    private final StationClock clock;

    RemoteControl(StationThread thread, Connectors connectors, Transactions transactions, ChargingFlow flow,
                  PowerControl power, Authorizer authorizer, ChargingHardware hardware, SettingsStore settings,
                  Reservations reservations, StationClock clock) {
        this.thread = thread;
        this.connectors = connectors;
        this.transactions = transactions;
        this.flow = flow;
        this.power = power;
        this.authorizer = authorizer;
        this.hardware = hardware;
        this.settings = settings;
        this.reservations = reservations;
        this.clock = clock;
    }

    /**
     * Accepted when the connector (or, without one, a free connector: one reserved for this tag first, then one with
     * a waiting EV) can take a transaction and is not reserved for another tag; the tag is then authorised like a
     * local one if AuthorizeRemoteTxRequests says so. A charging profile must be a TxProfile without a transactionId
     * (S16 §5.11) that keeps the rules of any profile (ProfileRules); it is installed for the transaction and ends
     * with it.
     */
    public CompletableFuture<RemoteStartStopStatus> start(@Nullable Integer connectorId, String idTag,
                                                          @Nullable ChargingProfile profile) {
        return CompletableFuture.supplyAsync(() -> {
            Optional<String> refusal = ProfileRules.remoteStartRefusal(profile, settings.current(), clock.now());
            if (refusal.isPresent()) {
                LOG.info("RemoteStartTransaction for {} rejected: {}", idTag, refusal.get());
                return RemoteStartStopStatus.Rejected;
            }
            Optional<Connector> chosen = connectorId == null
                    ? connectors.all().stream().filter(c -> canStart(c, idTag))
                            .min(Comparator.comparing((Connector c) -> !reservations.reservedFor(c, idTag))
                                    .thenComparing(c -> !c.plugged)) // an EV already waiting first
                    : connectors.find(connectorId).filter(c -> canStart(c, idTag));
            if (chosen.isEmpty()) {
                return RemoteStartStopStatus.Rejected;
            }
            Connector connector = chosen.get();
            if (settings.current().boolValue("authorizeRemoteTxRequests")) {
                authorizer.authorize(idTag).thenAccept(verdict -> flow.authorized(connector, verdict, profile));
            } else {
                flow.authorized(connector, Authorization.accepted(idTag, Authorization.Source.REMOTE), profile);
            }
            return RemoteStartStopStatus.Accepted;
        }, thread);
    }

    private boolean canStart(Connector connector, String idTag) {
        return connector.free() && connector.pending == null && reservations.mayStart(connector, idTag);
    }

    /** Accepted and stopped (reason Remote) when the transaction runs here; Rejected for an unknown id. */
    public CompletableFuture<RemoteStartStopStatus> stop(int transactionId) {
        return CompletableFuture.supplyAsync(() -> transactions.byServerId(transactionId).map(connector -> {
            transactions.stop(connector, StopTransaction.Reason.Remote, null);
            power.apply();
            return RemoteStartStopStatus.Accepted;
        }).orElse(RemoteStartStopStatus.Rejected), thread);
    }

    /** A transaction on the connector is stopped first (UnlockCommand); an unknown connector is NotSupported (errata 3.85). */
    public CompletableFuture<UnlockStatus> unlock(int connectorId) {
        return CompletableFuture.supplyAsync(() -> connectors.find(connectorId).map(connector -> {
            if (connector.transaction != null) {
                transactions.stop(connector, StopTransaction.Reason.UnlockCommand, null);
                power.apply();
            }
            return hardware.lock(connectorId, false) ? UnlockStatus.Unlocked : UnlockStatus.UnlockFailed;
        }).orElse(UnlockStatus.NotSupported), thread);
    }

    /**
     * Stops every running transaction with this reason, e.g. before a Reset (HardReset, SoftReset) or a reboot; the
     * future completes once their StopTransactions are in the outbox.
     */
    public CompletableFuture<Void> stopAll(StopTransaction.Reason reason) {
        return CompletableFuture.runAsync(() -> {
            connectors.all().stream().filter(c -> c.transaction != null)
                    .forEach(connector -> transactions.stop(connector, reason, null));
            power.apply();
        }, thread);
    }

    /**
     * Inoperative on a connector with a transaction is Scheduled: it applies when the transaction ends. Connector 0
     * is every connector. The verdict is persisted (S16 §5.2).
     */
    public CompletableFuture<AvailabilityStatus> changeAvailability(int connectorId, AvailabilityType type) {
        return CompletableFuture.supplyAsync(() -> {
            if (connectorId != 0 && connectors.find(connectorId).isEmpty()) {
                return AvailabilityStatus.Rejected;
            }
            boolean scheduled = false;
            for (Connector connector : connectorId == 0 ? connectors.all() : List.of(connectors.get(connectorId))) {
                scheduled |= change(connector, type == AvailabilityType.Inoperative);
            }
            reservations.endUnusable(); // S16 §5.13: an Unavailable connector loses its reservation
            power.apply();
            return scheduled ? AvailabilityStatus.Scheduled : AvailabilityStatus.Accepted;
        }, thread);
    }

    /** @return true when the change waits for the end of a transaction (remembered: a restart ends it too) */
    private boolean change(Connector connector, boolean inoperative) {
        if (inoperative && connector.transaction != null) {
            connector.inoperativeScheduled = true;
            connectors.remember(connector);
            return true;
        }
        connector.inoperativeScheduled = false;
        connector.inoperative = inoperative;
        if (inoperative) {
            connector.cancelPending();
        }
        connectors.remember(connector);
        return false;
    }
}
