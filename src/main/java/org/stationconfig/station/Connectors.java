package org.stationconfig.station;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stationconfig.ocpp.v16.types.ChargePointErrorCode;
import org.stationconfig.ocpp.v16.types.ChargePointStatus;
import org.stationconfig.station.connector.ConnectorMemory;
import org.stationconfig.station.connector.ConnectorMemoryRepository;
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
        notifications.update(connector.id, connector.status(), connector.errorCode());
        refreshStation();
    }

    /** Connector 0 is the station: Unavailable when every connector is (ChangeAvailability 0 sets them all). */
    private void refreshStation() {
        boolean inoperative = connectors.stream().allMatch(c -> c.inoperative);
        notifications.update(0, inoperative ? ChargePointStatus.Unavailable : ChargePointStatus.Available,
                ChargePointErrorCode.NoError);
    }

    void remember(Connector connector) {
        memory.store(new ConnectorMemory(connector.id, connector.inoperative, connector.lastIdTag, connector.lastIdTagAt));
    }

    void tagPresented(Connector connector, String idTag, Instant at) {
        connector.lastIdTag = idTag;
        connector.lastIdTagAt = at;
        remember(connector);
    }
}
