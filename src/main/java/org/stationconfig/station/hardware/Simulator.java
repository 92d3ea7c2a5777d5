package org.stationconfig.station.hardware;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.i18n.Text;
import org.stationconfig.station.connector.ConnectorFault;

/**
 * The shipped hardware: simulated connectors, EVs and RFID readers ({@code station.hardware: simulator}, the default).
 * A service technician drives it through the simulator endpoints; the station logic sees only
 * {@link ChargingHardware}. Refused actions change nothing; events go to the listener after the change is made.
 */
@Singleton
@Requires(property = "station.hardware", value = "simulator", defaultValue = "simulator")
public class Simulator implements ChargingHardware {

    private final Clock clock;
    private final List<SimulatedConnector> connectors = new ArrayList<>();
    private volatile HardwareListener listener;

    public Simulator(StationProperties station, SimulatorProperties ev, Clock clock) {
        this.clock = clock;
        for (int i = 0; i < station.connectors(); i++) {
            connectors.add(new SimulatedConnector(ev, station.phases(), station.voltage().doubleValue(), clock.instant()));
        }
    }

    @Override
    public int connectors() {
        return connectors.size();
    }

    @Override
    public void listen(HardwareListener newListener) {
        this.listener = newListener;
    }

    @Override
    public synchronized void offer(int connectorId, BigDecimal amps) {
        SimulatedConnector connector = connector(connectorId);
        connector.advance(clock.instant());
        connector.offer(amps.max(BigDecimal.ZERO).doubleValue());
    }

    @Override
    public synchronized boolean lock(int connectorId, boolean locked) {
        return connector(connectorId).lock(locked);
    }

    @Override
    public synchronized MeterReading read(int connectorId) {
        SimulatedConnector connector = connector(connectorId);
        connector.advance(clock.instant());
        return connector.read();
    }

    @Override
    public synchronized ConnectorSignals signals(int connectorId) {
        return connector(connectorId).signals();
    }

    // ---- what the service technician does

    public void plug(int connectorId) {
        change(connectorId, connector -> {
            if (connector.plugged()) {
                throw conflict(Text.of("simulator.alreadyPlugged", connectorId));
            }
            connector.plug();
        }, l -> l.plugged(connectorId));
    }

    public void unplug(int connectorId) {
        change(connectorId, connector -> {
            if (!connector.plugged()) {
                throw conflict(Text.of("simulator.notPlugged", connectorId));
            }
            connector.unplug();
        }, l -> l.unplugged(connectorId));
    }

    public void presentTag(int connectorId, String idTag) {
        change(connectorId, connector -> { }, l -> l.tagPresented(connectorId, idTag));
    }

    public void evDrawing(int connectorId, boolean drawing) {
        change(connectorId, connector -> {
            if (!connector.plugged()) {
                throw conflict(Text.of("simulator.notPlugged", connectorId));
            }
            if (connector.evDrawing() == drawing) {
                throw conflict(Text.of(drawing ? "simulator.alreadyDraws" : "simulator.alreadyStopped", connectorId));
            }
            connector.evDrawing(drawing);
        }, l -> l.evDemandChanged(connectorId, drawing));
    }

    public void fault(int connectorId, ConnectorFault code) {
        if (code == ConnectorFault.NoError) {
            throw new SimulatorRefusal(SimulatorRefusal.Kind.INVALID, Text.of("simulator.noErrorIsNoFault"));
        }
        change(connectorId, connector -> {
            if (connector.fault() != null) {
                throw conflict(Text.of("simulator.alreadyFaulted", connectorId, String.valueOf(connector.fault())));
            }
            connector.fault(code);
        }, l -> l.faulted(connectorId, code));
    }

    public void clearFault(int connectorId) {
        change(connectorId, connector -> {
            if (connector.fault() == null) {
                throw conflict(Text.of("simulator.noFault", connectorId));
            }
            connector.fault(null);
        }, l -> l.faultCleared(connectorId));
    }

    /** Changes one connector and tells the listener under the same lock, so events arrive in the order they happened. */
    private synchronized void change(int connectorId, Consumer<SimulatedConnector> action, Consumer<HardwareListener> event) {
        SimulatedConnector connector = connector(connectorId);
        connector.advance(clock.instant()); // energy so far was drawn under the old conditions
        action.accept(connector);
        HardwareListener current = listener;
        if (current != null) {
            event.accept(current);
        }
    }

    private SimulatedConnector connector(int connectorId) {
        if (connectorId < 1 || connectorId > connectors.size()) {
            throw new SimulatorRefusal(SimulatorRefusal.Kind.UNKNOWN_CONNECTOR,
                    Text.of("simulator.unknownConnector", connectorId, connectors.size()));
        }
        return connectors.get(connectorId - 1);
    }

    private static SimulatorRefusal conflict(Text message) {
        return new SimulatorRefusal(SimulatorRefusal.Kind.WRONG_STATE, message);
    }
}
