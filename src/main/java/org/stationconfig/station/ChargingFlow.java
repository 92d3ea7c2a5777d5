package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.charging.LimitProfile;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.authorization.Authorization;
import org.stationconfig.station.authorization.AuthorizationMode;
import org.stationconfig.station.authorization.Authorizer;
import org.stationconfig.station.authorization.TagKey;
import org.stationconfig.station.connector.ConnectorFault;
import org.stationconfig.station.hardware.ChargingHardware;
import org.stationconfig.station.hardware.HardwareListener;
import org.stationconfig.station.tags.TagLearning;
import org.stationconfig.station.transaction.StopReason;

/**
 * What happens at a connector when a driver acts: a tag and a cable, in either order, start a transaction; the same
 * tag (or one of its group) or pulling the cable at the EV stops it (StopTransactionOnEVSideDisconnect). Hardware
 * events are handed over to the station thread; everything else here runs on it.
 */
@Singleton
class ChargingFlow implements HardwareListener {

    private static final Logger LOG = LoggerFactory.getLogger(ChargingFlow.class);

    private final StationThread thread;
    private final Connectors connectors;
    private final Transactions transactions;
    private final PowerControl power;
    private final Authorizer authorizer;
    private final ChargingHardware hardware;
    private final SettingsStore settings;
    private final StationClock clock;
    private final Reservations reservations;
    private final TagLearning learning;

    ChargingFlow(StationThread thread, Connectors connectors, Transactions transactions, PowerControl power,
                 Authorizer authorizer, ChargingHardware hardware, SettingsStore settings, StationClock clock,
                 Reservations reservations, TagLearning learning) {
        this.thread = thread;
        this.connectors = connectors;
        this.transactions = transactions;
        this.power = power;
        this.authorizer = authorizer;
        this.hardware = hardware;
        this.settings = settings;
        this.clock = clock;
        this.reservations = reservations;
        this.learning = learning;
    }

    // ---- hardware events, handed over to the station thread

    @Override
    public void plugged(int connectorId) {
        thread.execute(() -> plugged(connectors.get(connectorId)));
    }

    @Override
    public void unplugged(int connectorId) {
        thread.execute(() -> unplugged(connectors.get(connectorId)));
    }

    @Override
    public void tagPresented(int connectorId, String idTag) {
        thread.execute(() -> tagPresented(connectors.get(connectorId), idTag));
    }

    @Override
    public void evDemandChanged(int connectorId, boolean drawing) {
        thread.execute(() -> {
            connectors.get(connectorId).evDrawing = drawing;
            power.apply();
        });
    }

    @Override
    public void faulted(int connectorId, ConnectorFault errorCode) {
        thread.execute(() -> {
            Connector connector = connectors.get(connectorId);
            connector.fault = errorCode;
            connector.cancelPending();
            reservations.endUnusable(); // S16 §5.13: a Faulted connector loses its reservation
            power.apply(); // a faulted connector gets no power
        });
    }

    @Override
    public void faultCleared(int connectorId) {
        thread.execute(() -> {
            connectors.get(connectorId).fault = null;
            power.apply();
        });
    }

    // ---- on the station thread

    private void plugged(Connector connector) {
        connector.plugged = true;
        connector.evDrawing = hardware.signals(connector.id).evDrawing();
        connector.finishing = false;
        if (connector.transaction == null && connector.free()) {
            SettingsSnapshot snapshot = settings.current();
            if (connector.pending != null) {
                transactions.start(connector, connector.pending.authorization(), connector.pending.profile());
            } else if (AuthorizationMode.of(snapshot) == AuthorizationMode.AUTO_START) {
                // free vend: charge on plug-in with the configured tag, nobody is asked (a reservation still counts)
                authorized(connector, Authorization.accepted(snapshot.get(Setting.FREE_VEND_ID_TAG),
                        Authorization.Source.STATION), null);
            }
        }
        power.apply();
    }

    private void unplugged(Connector connector) {
        connector.plugged = false;
        connector.evDrawing = false;
        connector.finishing = false;
        SettingsSnapshot snapshot = settings.current();
        if (connector.transaction != null && snapshot.get(Setting.STOP_TRANSACTION_ON_EVSIDE_DISCONNECT)) {
            transactions.stop(connector, StopReason.EVDisconnected, null);
        }
        if (snapshot.get(Setting.UNLOCK_CONNECTOR_ON_EVSIDE_DISCONNECT)) {
            hardware.lock(connector.id, false);
        }
        power.apply();
    }

    private void tagPresented(Connector connector, String idTag) {
        Instant at = clock.now().truncatedTo(ChronoUnit.MILLIS);
        connectors.tagPresented(connector, idTag, at);
        if (learning.capture(connector.id, idTag)) {
            connectors.tagResult(connector, idTag, at, "CapturedForLearning");
            return; // learn mode: the tag is offered for naming, it neither starts nor stops charging
        }
        if (connector.transaction != null) {
            stopByTag(connector, idTag, at);
        } else if (connector.pending != null && TagKey.same(connector.pending.authorization().idTag(), idTag)) {
            connectors.tagResult(connector, idTag, at, "CancelledStart");
            connector.cancelPending(); // the same tag again: the driver changed their mind
            power.apply();
        } else if (connector.free()) {
            connectors.tagResult(connector, idTag, at, "Pending");
            authorizer.authorize(idTag).thenAccept(verdict -> {
                connectors.tagResult(connector, idTag, at, verdict.status().name());
                authorized(connector, verdict, null);
            });
        } else {
            connectors.tagResult(connector, idTag, at, "NotChecked");
        }
    }

    /** The transaction's own tag stops it; another tag only if the central system puts it in the same group. */
    private void stopByTag(Connector connector, String idTag, Instant at) {
        OpenTransaction transaction = connector.transaction;
        if (TagKey.same(idTag, transaction.record.idTag())) {
            connectors.tagResult(connector, idTag, at, "StoppedTransaction");
            transactions.stop(connector, StopReason.Local, idTag);
            power.apply();
            return;
        }
        String group = transaction.authorization.parentIdTag();
        if (group == null) {
            connectors.tagResult(connector, idTag, at, "NotChecked");
            return;
        }
        connectors.tagResult(connector, idTag, at, "Pending");
        authorizer.authorize(idTag).thenAccept(verdict -> {
            connectors.tagResult(connector, idTag, at, verdict.status().name());
            if (connector.transaction == transaction && verdict.accepted() && TagKey.same(group, verdict.parentIdTag())) {
                transactions.stop(connector, StopReason.Local, idTag);
                power.apply();
            }
        });
    }

    /**
     * An authorised tag starts at once when the cable is in, else waits ConnectionTimeOut for it (Preparing). On a
     * reserved connector only the reservation's tag or group may (S16 §5.13).
     *
     * @param txProfile the TxProfile of a RemoteStartTransaction, null for a local start
     * @return where the start ended up; completes on the station thread
     */
    CompletableFuture<StartOutcome> authorized(Connector connector, Authorization verdict,
                                               @Nullable LimitProfile txProfile) {
        if (!verdict.accepted()) {
            LOG.info("Connector {}: tag not authorised ({}, {})", connector.id, verdict.status(), verdict.source());
            return CompletableFuture.completedFuture(StartOutcome.refused(StartOutcome.Kind.TAG_REFUSED, connector.id,
                    "the tag is " + verdict.status() + " (" + verdict.source() + ")"));
        }
        return reservations.admit(connector, verdict).thenApply(admitted -> admitted
                .map(tag -> admitted(connector, tag, txProfile))
                .orElseGet(() -> {
                    LOG.info("Connector {}: reserved for another tag, no start", connector.id);
                    return StartOutcome.refused(StartOutcome.Kind.RESERVED, connector.id,
                            "the connector is reserved for another tag");
                }));
    }

    private StartOutcome admitted(Connector connector, Authorization verdict, @Nullable LimitProfile txProfile) {
        if (!connector.free()) {
            return StartOutcome.refused(StartOutcome.Kind.CONNECTOR_OCCUPIED, connector.id,
                    "the connector was taken meanwhile");
        }
        StartOutcome outcome;
        if (connector.plugged) {
            outcome = StartOutcome.started(connector.id, transactions.start(connector, verdict, txProfile).localId());
        } else {
            connector.cancelPending();
            int timeout = settings.current().get(Setting.CONNECTION_TIME_OUT);
            connector.pending = new Connector.PendingStart(verdict, txProfile, thread.schedule(Duration.ofSeconds(timeout),
                    () -> connectionTimedOut(connector, verdict)));
            outcome = StartOutcome.waiting(connector.id);
        }
        power.apply();
        return outcome;
    }

    /** ConnectionTimeOut: no cable in time, the start is cancelled and the connector goes back to Available. */
    private void connectionTimedOut(Connector connector, Authorization verdict) {
        if (connector.pending != null && connector.pending.authorization() == verdict) {
            connector.pending = null;
            LOG.info("Connector {}: no cable within ConnectionTimeOut, start cancelled", connector.id);
            power.apply();
        }
    }
}
