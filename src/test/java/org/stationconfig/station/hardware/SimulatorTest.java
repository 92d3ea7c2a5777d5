package org.stationconfig.station.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.auth.MutableClock;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.station.connector.ConnectorFault;

/** The simulated hardware on a hand-moved clock: its meter integrates what the EV really draws. */
class SimulatorTest {

    private static final StationProperties THREE_PHASE_230V = new StationProperties(2, BigDecimal.valueOf(32), 3,
            BigDecimal.valueOf(230), List.of("Energy.Active.Import.Register"), "V", "M", "S", "F", "T", "MS");
    private static final SimulatorProperties EV_16A = new SimulatorProperties(16, 60000, 20, 50, 25);

    private final MutableClock clock = new MutableClock();
    private final List<String> events = new ArrayList<>();
    private Simulator simulator;

    @BeforeEach
    void start() {
        simulator = new Simulator(THREE_PHASE_230V, EV_16A, clock);
        simulator.listen(new Recorder(events));
    }

    @Test
    void energyIsTheOfferedCurrentCappedByTheEvTimesVoltagePhasesAndTime() {
        simulator.plug(1);
        simulator.offer(1, BigDecimal.valueOf(10));
        clock.advance(Duration.ofHours(1));
        MeterReading reading = simulator.read(1);
        assertEquals(10 * 230 * 3, reading.energyWh(), 1e-6, "10 A × 230 V × 3 phases for an hour");
        assertEquals(List.of(10.0, 10.0, 10.0), reading.currentA());
        assertEquals(6900, reading.totalPowerW(), 1e-6);

        simulator.offer(1, BigDecimal.valueOf(32)); // more than the EV takes
        clock.advance(Duration.ofMinutes(30));
        assertEquals(6900 + 16 * 230 * 3 / 2.0, simulator.read(1).energyWh(), 1e-6, "the EV draws at most 16 A");
        assertEquals(32, simulator.read(1).offeredA(), 1e-9);
    }

    @Test
    void noEnergyFlowsWhileTheEvPausesIsUnpluggedOrTheConnectorIsFaulted() {
        simulator.plug(1);
        simulator.offer(1, BigDecimal.valueOf(16));
        simulator.evDrawing(1, false);
        clock.advance(Duration.ofMinutes(10));
        simulator.evDrawing(1, true);
        simulator.fault(1, ConnectorFault.GroundFailure);
        clock.advance(Duration.ofMinutes(10));
        simulator.clearFault(1);
        simulator.unplug(1);
        clock.advance(Duration.ofMinutes(10));

        assertEquals(0, simulator.read(1).energyWh(), 1e-9);
        assertEquals(0, simulator.read(2).energyWh(), 1e-9, "the other connector had nothing plugged in");
    }

    @Test
    void theEvReportsItsStateOfChargeOnlyWhilePluggedIn() {
        assertNull(simulator.read(1).socPercent());
        simulator.plug(1);
        simulator.offer(1, BigDecimal.valueOf(16));
        clock.advance(Duration.ofHours(1));
        // 11 040 Wh into 60 kWh from 20 %
        assertEquals(20 + 11040 / 600.0, simulator.read(1).socPercent(), 1e-6);
        simulator.unplug(1);
        assertNull(simulator.read(1).socPercent());
    }

    @Test
    void wrongStatesAndUnknownConnectorsAreRefusedAndChangeNothing() {
        simulator.plug(1);
        assertRefused(SimulatorRefusal.Kind.WRONG_STATE, () -> simulator.plug(1));
        assertRefused(SimulatorRefusal.Kind.WRONG_STATE, () -> simulator.unplug(2));
        assertRefused(SimulatorRefusal.Kind.WRONG_STATE, () -> simulator.evDrawing(1, true));
        assertRefused(SimulatorRefusal.Kind.WRONG_STATE, () -> simulator.clearFault(1));
        assertRefused(SimulatorRefusal.Kind.UNKNOWN_CONNECTOR, () -> simulator.plug(3));
        assertRefused(SimulatorRefusal.Kind.UNKNOWN_CONNECTOR, () -> simulator.presentTag(0, "TAG"));
        assertRefused(SimulatorRefusal.Kind.INVALID, () -> simulator.fault(1, ConnectorFault.NoError));
        simulator.fault(1, ConnectorFault.HighTemperature);
        assertRefused(SimulatorRefusal.Kind.WRONG_STATE, () -> simulator.fault(1, ConnectorFault.GroundFailure));

        assertEquals(List.of("plugged 1", "faulted 1 HighTemperature"), events, "refused actions raise no event");
        assertEquals(new ConnectorSignals(true, true, false, ConnectorFault.HighTemperature), simulator.signals(1));
    }

    @Test
    void theLockHoldsOnlyAPluggedCableAndALockFailureKeepsItStuck() {
        assertTrue(simulator.lock(1, true));
        assertEquals(false, simulator.signals(1).locked(), "nothing to lock");
        simulator.plug(1);
        assertTrue(simulator.lock(1, true));
        assertTrue(simulator.signals(1).locked());
        simulator.fault(1, ConnectorFault.ConnectorLockFailure);
        assertEquals(false, simulator.lock(1, false));
        assertTrue(simulator.signals(1).locked());
    }

    @Test
    void eventsArriveInTheOrderTheActionsHappened() {
        simulator.presentTag(2, "ABC");
        simulator.plug(2);
        simulator.evDrawing(2, false);
        simulator.unplug(2);
        assertEquals(List.of("tag 2 ABC", "plugged 2", "ev 2 false", "unplugged 2"), events);
    }

    private static void assertRefused(SimulatorRefusal.Kind kind, Runnable action) {
        assertEquals(kind, assertThrows(SimulatorRefusal.class, action::run).kind());
    }

    private record Recorder(List<String> events) implements HardwareListener {
        @Override
        public void plugged(int connectorId) {
            events.add("plugged " + connectorId);
        }

        @Override
        public void unplugged(int connectorId) {
            events.add("unplugged " + connectorId);
        }

        @Override
        public void tagPresented(int connectorId, String idTag) {
            events.add("tag " + connectorId + " " + idTag);
        }

        @Override
        public void evDemandChanged(int connectorId, boolean drawing) {
            events.add("ev " + connectorId + " " + drawing);
        }

        @Override
        public void faulted(int connectorId, ConnectorFault errorCode) {
            events.add("faulted " + connectorId + " " + errorCode);
        }

        @Override
        public void faultCleared(int connectorId) {
            events.add("cleared " + connectorId);
        }
    }
}
