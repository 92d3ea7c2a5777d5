package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.clock.StationClock;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.authorization.Authorization;
import org.stationconfig.station.authorization.Authorizer;
import org.stationconfig.station.reservation.Reservation;
import org.stationconfig.station.reservation.ReservationAnswer;
import org.stationconfig.station.reservation.ReservationRepository;

/**
 * Reservations (S16 §5.13, §5.1): ReserveNow and CancelReservation, who may start on a reserved connector, and when
 * a reservation ends: used by a transaction (which then carries its id), expired, cancelled, or its connector
 * Faulted or Unavailable. Kept in SQLite, so they outlive a restart. Station thread only, except the two requests,
 * which are handed over to it.
 */
@Singleton
public class Reservations {

    private static final Logger LOG = LoggerFactory.getLogger(Reservations.class);
    /** Verdicts given without anybody saying which group the tag is in: for a reservation's group it is looked up. */
    private static final Set<Authorization.Source> GROUP_UNKNOWN = EnumSet.of(Authorization.Source.STATION,
            Authorization.Source.REMOTE, Authorization.Source.OFFLINE_UNKNOWN);

    private final StationThread thread;
    private final Connectors connectors;
    private final PowerControl power;
    private final ReservationRepository repository;
    private final Authorizer authorizer;
    private final SettingsStore settings;
    private final StationClock clock;
    private final Map<Integer, Reservation> active = new LinkedHashMap<>();

    Reservations(StationThread thread, Connectors connectors, PowerControl power, ReservationRepository repository,
                 Authorizer authorizer, SettingsStore settings, StationClock clock) {
        this.thread = thread;
        this.connectors = connectors;
        this.power = power;
        this.repository = repository;
        this.authorizer = authorizer;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- the central system's requests

    /**
     * ReserveNow: the same reservationId replaces that reservation; otherwise Faulted, Unavailable or Occupied say
     * why the connector (or, for connector 0, the station) cannot take it. Rejected: connector 0 without
     * ReserveConnectorZeroSupported, an unknown connector, or an expiry date already past. A refused request changes
     * nothing, not even the reservation it would have replaced.
     */
    public CompletableFuture<ReservationAnswer> reserve(Reservation wanted) {
        return CompletableFuture.supplyAsync(() -> {
            Reservation replaced = active.get(wanted.reservationId());
            if (replaced != null) {
                detach(replaced); // judged as if it were gone; put back if the new one is refused
            }
            ReservationAnswer status = answer(wanted, replaced);
            if (status == ReservationAnswer.Accepted) {
                repository.store(wanted);
                attach(wanted);
                LOG.info("Reservation {} on connector {} until {}{}", wanted.reservationId(), wanted.connectorId(),
                        wanted.expiryDate(), replaced == null ? "" : " (replaces the earlier one)");
                power.apply();
            } else if (replaced != null) {
                attach(replaced);
            }
            return status;
        }, thread);
    }

    /** CancelReservation: Accepted and the connector is Available again; Rejected for an id the station does not have. */
    public CompletableFuture<Acceptance> cancel(int reservationId) {
        return CompletableFuture.supplyAsync(() -> {
            Reservation reservation = active.get(reservationId);
            if (reservation == null) {
                return Acceptance.Rejected;
            }
            end(reservation, "cancelled");
            power.apply();
            return Acceptance.Accepted;
        }, thread);
    }

    private ReservationAnswer answer(Reservation wanted, @Nullable Reservation replaced) {
        if (wanted.expired(clock.now())) {
            return ReservationAnswer.Rejected;
        }
        if (wanted.anyConnector()) {
            return settings.current().get(Setting.RESERVE_CONNECTOR_ZERO_SUPPORTED)
                    ? answerForAnyConnector() : ReservationAnswer.Rejected;
        }
        // the driver of a reservation being renewed may have plugged in already: the connector still shows Reserved
        boolean renewed = replaced != null && replaced.connectorId() == wanted.connectorId();
        return connectors.find(wanted.connectorId()).map(c -> answerFor(c, renewed)).orElse(ReservationAnswer.Rejected);
    }

    private ReservationAnswer answerFor(Connector connector, boolean renewed) {
        if (connector.fault != null) {
            return ReservationAnswer.Faulted;
        }
        if (connector.inoperative && connector.transaction == null) {
            return ReservationAnswer.Unavailable;
        }
        // a cable in, a start waiting, a transaction, or reserved already (for this tag or another): Occupied
        if (!connector.freeForReservation() || (connector.plugged && !renewed)) {
            return ReservationAnswer.Occupied;
        }
        // the reservations on connector 0 must still find a free connector each without this one
        long others = connectors.freeForAnyConnector().stream().filter(c -> c != connector).count();
        return others < anyConnector().size() ? ReservationAnswer.Occupied : ReservationAnswer.Accepted;
    }

    /** Connector 0: one more connector must be free than the other reservations on connector 0 already need. */
    private ReservationAnswer answerForAnyConnector() {
        if (connectors.freeForAnyConnector().size() > anyConnector().size()) {
            return ReservationAnswer.Accepted;
        }
        List<Connector> all = connectors.all();
        if (all.stream().allMatch(c -> c.fault != null)) {
            return ReservationAnswer.Faulted;
        }
        if (all.stream().allMatch(c -> c.fault != null || (c.inoperative && c.transaction == null))) {
            return ReservationAnswer.Unavailable;
        }
        return ReservationAnswer.Occupied;
    }

    // ---- starting on a reserved connector

    /**
     * Whether a remote start for this tag can be accepted here: the connector is not reserved for another tag. When a
     * reservation's group might let the tag in, the start is accepted and {@link #admit} decides once the tag's parent
     * id tag is known.
     */
    boolean mayStart(Connector connector, String idTag) {
        List<Reservation> holding = holding(connector);
        return holding.isEmpty() || holding.stream().anyMatch(r -> r.admits(idTag, null) || r.hasParent());
    }

    /** A remote start without a connector goes where this tag has a reservation first. */
    boolean reservedFor(Connector connector, String idTag) {
        return connector.reservation != null && connector.reservation.admits(idTag, null);
    }

    /**
     * S16 §5.13: on a connector a reservation holds, only its tag or a tag of its group may start. When the verdict
     * did not say which group the tag is in (free vend, a remote start not authorised first, offline), its parent id
     * tag is looked up in the local list or cache, else with an Authorize.req. Completes on the station thread with
     * the verdict to start with (carrying the parent id tag found), or empty when the reservation keeps the tag off.
     */
    CompletableFuture<Optional<Authorization>> admit(Connector connector, Authorization verdict) {
        List<Reservation> holding = holding(connector);
        if (holding.isEmpty() || admits(holding, verdict)) {
            return CompletableFuture.completedFuture(Optional.of(verdict));
        }
        boolean groupUnknown = verdict.parentIdTag() == null && GROUP_UNKNOWN.contains(verdict.source());
        if (!groupUnknown || holding.stream().noneMatch(Reservation::hasParent)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return authorizer.parentIdTag(verdict.idTag()).thenApply(parent -> {
            Authorization withGroup = new Authorization(verdict.idTag(), verdict.status(), parent.orElse(null),
                    verdict.source());
            return admits(holding(connector), withGroup) ? Optional.of(withGroup) : Optional.<Authorization>empty();
        });
    }

    /**
     * A transaction starts: the reservation it uses ends, the connector's own first, else one on connector 0 for
     * this tag (S16 §5.13).
     *
     * @return the reservation's id for StartTransaction.req, null when the start used none
     */
    @Nullable
    Integer use(Connector connector, Authorization started) {
        Optional<Reservation> used = Optional.ofNullable(connector.reservation)
                .filter(r -> r.admits(started.idTag(), started.parentIdTag()))
                .or(() -> anyConnector().stream().filter(r -> r.admits(started.idTag(), started.parentIdTag()))
                        .findFirst());
        used.ifPresent(r -> end(r, "used by a transaction on connector " + connector.id));
        return used.map(Reservation::reservationId).orElse(null);
    }

    /** The reservations that decide who may start here: the connector's own, or those on connector 0 holding it. */
    private List<Reservation> holding(Connector connector) {
        if (connector.reservation != null) {
            return List.of(connector.reservation);
        }
        return connectors.held(connector) ? anyConnector() : List.of();
    }

    private static boolean admits(List<Reservation> holding, Authorization verdict) {
        return holding.stream().anyMatch(r -> r.admits(verdict.idTag(), verdict.parentIdTag()));
    }

    // ---- life cycle

    /** Start-up: the stored reservations come back, except those that expired meanwhile or lost their connector. */
    void load() {
        Instant now = clock.now();
        for (Reservation reservation : repository.findAll()) {
            boolean connectorGone = !reservation.anyConnector() && connectors.find(reservation.connectorId()).isEmpty();
            if (reservation.expired(now) || connectorGone) {
                repository.delete(reservation);
                LOG.info("Reservation {} ended while the station was off", reservation.reservationId());
            } else {
                attach(reservation);
            }
        }
        endUnusable();
    }

    /** The station tick: a reservation ends at its expiry date, and the status shows it (Reserved → Available). */
    void tick() {
        Instant now = clock.now();
        for (Reservation reservation : new ArrayList<>(active.values())) {
            if (reservation.expired(now)) {
                end(reservation, "expired");
            }
        }
        endUnusable();
    }

    /**
     * S16 §5.13: a reservation ends when its connector becomes Faulted or Unavailable; one on connector 0 when the
     * whole station is Unavailable. Called after a fault or an availability change.
     */
    void endUnusable() {
        boolean stationUnavailable = connectors.all().stream().allMatch(c -> c.inoperative);
        for (Reservation reservation : new ArrayList<>(active.values())) {
            boolean unusable = reservation.anyConnector() ? stationUnavailable
                    : connectors.find(reservation.connectorId()).map(c -> c.fault != null || c.inoperative).orElse(true);
            if (unusable) {
                end(reservation, "its connector is faulted or unavailable");
            }
        }
    }

    private void end(Reservation reservation, String why) {
        detach(reservation);
        repository.deleteById(reservation.reservationId());
        LOG.info("Reservation {} on connector {} ended: {}", reservation.reservationId(), reservation.connectorId(), why);
    }

    private void attach(Reservation reservation) {
        active.put(reservation.reservationId(), reservation);
        connectors.find(reservation.connectorId()).ifPresent(c -> c.reservation = reservation);
        connectors.holdFor(anyConnector().size());
    }

    private void detach(Reservation reservation) {
        active.remove(reservation.reservationId());
        connectors.find(reservation.connectorId()).filter(c -> c.reservation == reservation)
                .ifPresent(c -> c.reservation = null);
        connectors.holdFor(anyConnector().size());
    }

    private List<Reservation> anyConnector() {
        return active.values().stream().filter(Reservation::anyConnector).toList();
    }
}
