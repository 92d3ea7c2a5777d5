package org.stationconfig.station.hardware;

import java.math.BigDecimal;

/**
 * What the station logic needs from real hardware: connectors with plug state and a cable lock, an RFID reader per
 * connector, a power path that obeys an offered current limit, a meter per connector, faults. Events come back
 * through the one {@link HardwareListener}. Connectors are numbered from 1, as in OCPP.
 */
public interface ChargingHardware {

    int connectors();

    void listen(HardwareListener listener);

    /** The most current (amps per phase) the power path may let the EV draw on this connector; 0 switches power off. */
    void offer(int connectorId, BigDecimal amps);

    /** Locks or unlocks the cable on the station side; false when the lock did not move. */
    boolean lock(int connectorId, boolean locked);

    MeterReading read(int connectorId);

    /** What the connector reports now (plug, EV demand, fault), e.g. to start from after a restart. */
    ConnectorSignals signals(int connectorId);
}
