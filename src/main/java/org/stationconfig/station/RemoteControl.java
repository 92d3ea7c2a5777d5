package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.charging.ProfileRules;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.authorization.Authorization;
import org.stationconfig.station.authorization.AuthorizationCache;
import org.stationconfig.station.authorization.Authorizer;
import org.stationconfig.station.hardware.ChargingHardware;
import org.stationconfig.station.transaction.StopReason;
import org.stationconfig.station.transaction.TransactionRecord;

/**
 * What the central system (S16 §5.2, §5.4, §5.11, §5.12, §5.18) and the app's station commands ask of the connectors. Each answer is decided on the
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
    private final AuthorizationCache cache;

    RemoteControl(StationThread thread, Connectors connectors, Transactions transactions, ChargingFlow flow,
                  PowerControl power, Authorizer authorizer, ChargingHardware hardware, SettingsStore settings,
                  Reservations reservations, StationClock clock, AuthorizationCache cache) {
        this.cache = cache;
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
     * RemoteStartTransaction: Accepted when the connector (or, without one, a free connector: one reserved for this
     * tag first, then one with a waiting EV) can take a transaction and is not reserved for another tag; the tag is
     * then authorised like a local one if AuthorizeRemoteTxRequests says so. A charging profile must be a TxProfile
     * without a transactionId (S16 §5.11) that keeps the rules of any profile (ProfileRules); it is installed for the
     * transaction and ends with it.
     */
    public RemoteStart start(@Nullable Integer connectorId, String idTag, @Nullable LimitProfile profile) {
        return start(connectorId, idTag, profile, null);
    }

    /** The app's start on a connector: as a RemoteStartTransaction, but the tag is always authorised. */
    public RemoteStart startCheckingTag(int connectorId, String idTag) {
        return start(connectorId, idTag, null, true);
    }

    /** @param authorize null: as AuthorizeRemoteTxRequests says */
    private RemoteStart start(@Nullable Integer connectorId, String idTag, @Nullable LimitProfile profile,
                              @Nullable Boolean authorize) {
        CompletableFuture<StartOutcome> outcome = new CompletableFuture<>();
        CompletableFuture<Acceptance> answer = CompletableFuture.supplyAsync(() -> {
            Optional<String> refusal = ProfileRules.remoteStartRefusal(profile, settings.current(), clock.now());
            if (refusal.isPresent()) {
                LOG.info("RemoteStartTransaction for {} rejected: {}", idTag, refusal.get());
                outcome.complete(StartOutcome.refused(StartOutcome.Kind.PROFILE_REJECTED, connectorId, refusal.get()));
                return Acceptance.Rejected;
            }
            Optional<Connector> chosen = connectorId == null
                    ? connectors.all().stream().filter(c -> canStart(c, idTag))
                            .min(Comparator.comparing((Connector c) -> !reservations.reservedFor(c, idTag))
                                    .thenComparing(c -> !c.plugged)) // an EV already waiting first
                    : connectors.find(connectorId).filter(c -> canStart(c, idTag));
            if (chosen.isEmpty()) {
                outcome.complete(whyNot(connectorId, idTag));
                return Acceptance.Rejected;
            }
            Connector connector = chosen.get();
            boolean check = authorize != null ? authorize : settings.current().get(Setting.AUTHORIZE_REMOTE_TX_REQUESTS);
            CompletableFuture<Authorization> verdict = check ? authorizer.authorize(idTag)
                    : CompletableFuture.completedFuture(Authorization.accepted(idTag, Authorization.Source.REMOTE));
            verdict.thenCompose(tag -> flow.authorized(connector, tag, profile)).whenComplete((reached, error) -> {
                if (error != null) {
                    outcome.completeExceptionally(error);
                } else {
                    outcome.complete(reached);
                }
            });
            return Acceptance.Accepted;
        }, thread);
        answer.whenComplete((status, error) -> {
            if (error != null) {
                outcome.completeExceptionally(error);
            }
        });
        return new RemoteStart(answer, outcome);
    }

    private boolean canStart(Connector connector, String idTag) {
        return connector.free() && connector.pending == null && reservations.mayStart(connector, idTag);
    }

    private StartOutcome whyNot(@Nullable Integer connectorId, String idTag) {
        if (connectorId == null) {
            return StartOutcome.refused(StartOutcome.Kind.CONNECTOR_OCCUPIED, null, "no connector is free");
        }
        Optional<Connector> found = connectors.find(connectorId);
        if (found.isEmpty()) {
            return StartOutcome.refused(StartOutcome.Kind.CONNECTOR_UNAVAILABLE, connectorId,
                    "the station has no connector " + connectorId);
        }
        Connector connector = found.get();
        if (connector.transaction != null) {
            return StartOutcome.refused(StartOutcome.Kind.CONNECTOR_OCCUPIED, connectorId, "a transaction runs on it");
        }
        if (connector.fault != null) {
            return StartOutcome.refused(StartOutcome.Kind.CONNECTOR_FAULTED, connectorId,
                    "the connector is faulted (" + connector.fault + ")");
        }
        if (connector.inoperative) {
            return StartOutcome.refused(StartOutcome.Kind.CONNECTOR_UNAVAILABLE, connectorId,
                    "the connector is unavailable");
        }
        if (connector.pending != null) {
            return StartOutcome.refused(StartOutcome.Kind.CONNECTOR_OCCUPIED, connectorId,
                    "another start waits for its cable there");
        }
        return StartOutcome.refused(StartOutcome.Kind.RESERVED, connectorId, "the connector is reserved for another tag");
    }

    /** RemoteStopTransaction: Accepted and stopped (reason Remote) when the transaction runs here; Rejected for an unknown id. */
    public CompletableFuture<Acceptance> stop(int transactionId) {
        return stopTransaction(transactionId).thenApply(stopped -> stopped.isPresent()
                ? Acceptance.Accepted : Acceptance.Rejected);
    }

    /** Stops (reason Remote) the transaction with this central-system id; the transaction as it ended, if it ran here. */
    public CompletableFuture<Optional<TransactionRecord>> stopTransaction(int transactionId) {
        return CompletableFuture.supplyAsync(() -> transactions.byServerId(transactionId).flatMap(this::stopRemote),
                thread);
    }

    /** Stops (reason Remote) the transaction running on the connector, as RemoteStopTransaction would. */
    public CompletableFuture<Optional<TransactionRecord>> stopOnConnector(int connectorId) {
        return CompletableFuture.supplyAsync(() -> connectors.find(connectorId).flatMap(this::stopRemote), thread);
    }

    private Optional<TransactionRecord> stopRemote(Connector connector) {
        Optional<TransactionRecord> stopped = transactions.stop(connector, StopReason.Remote, null);
        power.apply();
        return stopped;
    }

    /** ClearCache (S16 §5.4): Rejected while AuthorizationCacheEnabled is off. */
    public CompletableFuture<Acceptance> clearCache() {
        return CompletableFuture.supplyAsync(() -> cache.clear() ? Acceptance.Accepted : Acceptance.Rejected,
                thread);
    }

    /** A transaction on the connector is stopped first (UnlockCommand); an unknown connector is NotSupported (errata 3.85). */
    public CompletableFuture<UnlockResult> unlock(int connectorId) {
        return CompletableFuture.supplyAsync(() -> connectors.find(connectorId).map(connector -> {
            if (connector.transaction != null) {
                transactions.stop(connector, StopReason.UnlockCommand, null);
                power.apply();
            }
            return hardware.lock(connectorId, false) ? UnlockResult.Unlocked : UnlockResult.UnlockFailed;
        }).orElse(UnlockResult.NotSupported), thread);
    }

    /**
     * Stops every running transaction with this reason, e.g. before a Reset (HardReset, SoftReset) or a reboot; the
     * future completes once their StopTransactions are in the outbox.
     */
    public CompletableFuture<Void> stopAll(StopReason reason) {
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
    public CompletableFuture<AvailabilityChange> changeAvailability(int connectorId, Availability type) {
        return CompletableFuture.supplyAsync(() -> {
            if (connectorId != 0 && connectors.find(connectorId).isEmpty()) {
                return AvailabilityChange.Rejected;
            }
            boolean scheduled = false;
            for (Connector connector : connectorId == 0 ? connectors.all() : List.of(connectors.get(connectorId))) {
                scheduled |= change(connector, type == Availability.Inoperative);
            }
            reservations.endUnusable(); // S16 §5.13: an Unavailable connector loses its reservation
            power.apply();
            return scheduled ? AvailabilityChange.Scheduled : AvailabilityChange.Accepted;
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
