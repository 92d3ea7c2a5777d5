package org.stationconfig.station;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stationconfig.station.api.PresentedTagView;
import org.stationconfig.station.connector.ConnectorFault;
import org.stationconfig.station.connector.ConnectorMemory;
import org.stationconfig.station.connector.ConnectorMemoryRepository;
import org.stationconfig.station.connector.ConnectorStatus;
import org.stationconfig.station.connector.StatusNotifications;
import org.stationconfig.station.hardware.ChargingHardware;
import org.stationconfig.station.hardware.ConnectorSignals;

/**
 * The station's connectors (1..n) and the station itself as connector 0. After every change the caller makes,
 * {@link #refresh} derives the status and reports it. Station thread only.
 */
@Singleton
class Connectors {

    private final List<Connector> connectors = new ArrayList<>();
    private final StatusNotifications notifications;
    private final ConnectorMemoryRepository memory;
    /** The last tag presented at any connector; after a restart the latest a connector remembers, result unknown. */
    private PresentedTagView lastPresented;
    /** How many reservations on connector 0 there are: each needs a connector kept free (S16 §5.13). */
    private int anyConnectorReservations;

    Connectors(ChargingHardware hardware, StatusNotifications notifications, ConnectorMemoryRepository memory) {
        this.notifications = notifications;
        this.memory = memory;
        for (int id = 1; id <= hardware.connectors(); id++) {
            connectors.add(new Connector(id));
        }
    }

    /** Start-up: what the connectors remember and what the hardware reports now. */
    void load(ChargingHardware hardware) {
        for (Connector connector : connectors) {
            memory.findById(connector.id).ifPresent(saved -> {
                connector.inoperative = saved.inoperative();
                connector.lastIdTag = saved.lastIdTag();
                connector.lastIdTagAt = saved.lastIdTagAt();
            });
            ConnectorSignals signals = hardware.signals(connector.id);
            connector.plugged = signals.plugged();
            connector.evDrawing = signals.evDrawing();
            connector.fault = signals.fault();
        }
        connectors.stream().filter(c -> c.lastIdTag != null && c.lastIdTagAt != null)
                .max(Comparator.comparing((Connector c) -> c.lastIdTagAt))
                .ifPresent(c -> lastPresented = new PresentedTagView(c.lastIdTag, c.id, c.lastIdTagAt, "Unknown"));
        connectors.forEach(this::refresh);
    }

    Optional<Connector> find(int id) {
        return id < 1 || id > connectors.size() ? Optional.empty() : Optional.of(connectors.get(id - 1));
    }

    Connector get(int id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no connector " + id));
    }

    List<Connector> all() {
        return connectors;
    }

    /** Derives the connector's status (and the station's) from its facts and reports any change. */
    void refresh(Connector connector) {
        hold();
        notifications.update(connector.id, connector.status(), connector.errorCode());
        refreshStation();
    }

    void holdFor(int reservationsOnConnectorZero) {
        anyConnectorReservations = reservationsOnConnectorZero;
        hold();
    }

    /**
     * The connectors a reservation on connector 0 can count on: free for a reservation and without a foreign EV
     * (an EV plugged into a connector already held keeps it held, so plugging in cannot take it).
     */
    List<Connector> freeForAnyConnector() {
        return connectors.stream().filter(c -> c.freeForReservation() && (!c.plugged || c.held)).toList();
    }

    /**
     * S16 §5.13: no specific connector is reserved for connector 0, but when no more connectors are free than those
     * reservations need, every free one is held (Reserved) for their tags. Repeated until stable: releasing a
     * plugged connector can make it no longer count.
     */
    private void hold() {
        for (int pass = 0; pass <= connectors.size(); pass++) {
            List<Connector> free = freeForAnyConnector();
            boolean holdAll = free.size() <= anyConnectorReservations;
            boolean changed = false;
            for (Connector connector : connectors) {
                boolean held = holdAll && free.contains(connector);
                changed |= held != connector.held;
                connector.held = held;
            }
            if (!changed) {
                return;
            }
        }
    }

    /** True when the connector is held back for the reservations on connector 0 right now. */
    boolean held(Connector connector) {
        hold();
        return connector.held;
    }

    /** Connector 0 is the station: Unavailable when every connector is (ChangeAvailability 0 sets them all). */
    private void refreshStation() {
        boolean inoperative = connectors.stream().allMatch(c -> c.inoperative);
        notifications.update(0, inoperative ? ConnectorStatus.Unavailable : ConnectorStatus.Available,
                ConnectorFault.NoError);
    }

    /**
     * A scheduled Inoperative is remembered as inoperative: a restart stops the transaction it waits for (PowerLoss),
     * so it applies then (S16 §5.2: the availability survives a restart).
     */
    void remember(Connector connector) {
        memory.store(new ConnectorMemory(connector.id, connector.inoperative || connector.inoperativeScheduled,
                connector.lastIdTag, connector.lastIdTagAt));
    }

    void tagPresented(Connector connector, String idTag, Instant at) {
        connector.lastIdTag = idTag;
        connector.lastIdTagAt = at;
        remember(connector);
        lastPresented = new PresentedTagView(idTag, connector.id, at, "Pending");
    }

    /** What became of a presented tag; ignored once another tag was presented since. */
    void tagResult(Connector connector, String idTag, Instant at, String result) {
        if (lastPresented != null && lastPresented.connectorId() == connector.id && lastPresented.at().equals(at)
                && lastPresented.idTag().equals(idTag)) {
            lastPresented = new PresentedTagView(idTag, connector.id, at, result);
        }
    }

    @Nullable
    PresentedTagView lastPresented() {
        return lastPresented;
    }
}
