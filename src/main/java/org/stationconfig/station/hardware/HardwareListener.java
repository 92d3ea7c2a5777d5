package org.stationconfig.station.hardware;

import org.stationconfig.station.connector.ConnectorFault;

/** Events from the hardware, in the order they happened. Called on the hardware's thread: hand them over, never block. */
public interface HardwareListener {

    void plugged(int connectorId);

    void unplugged(int connectorId);

    void tagPresented(int connectorId, String idTag);

    /** The EV started or stopped asking for energy (it may stop when full or by its own schedule). */
    void evDemandChanged(int connectorId, boolean drawing);

    void faulted(int connectorId, ConnectorFault errorCode);

    void faultCleared(int connectorId);
}
