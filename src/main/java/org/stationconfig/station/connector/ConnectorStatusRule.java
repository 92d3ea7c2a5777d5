package org.stationconfig.station.connector;

import io.micronaut.core.annotation.Nullable;

/**
 * The OCPP 1.6 connector status (S16 §4.9) as a function of what is true at the connector, so it can never drift
 * from the facts.
 */
public final class ConnectorStatusRule {

    /**
     * @param fault         the fault the hardware reports, null when none
     * @param inoperative   made Unavailable by ChangeAvailability (applies once no transaction runs)
     * @param preparing     an authorised start waits for the cable (ConnectionTimeOut runs)
     * @param finishing     a transaction ended and the cable is still in
     * @param powerOffered  the power path offers the EV a current above 0
     * @param reserved      a reservation holds the connector (its own, or one on connector 0 that needs it, S16 §5.13)
     */
    public record Facts(boolean plugged, boolean evDrawing, @Nullable ConnectorFault fault, boolean inoperative,
                        boolean preparing, boolean finishing, boolean inTransaction, boolean powerOffered,
                        boolean reserved) {
    }

    private ConnectorStatusRule() {
    }

    public static ConnectorStatus of(Facts facts) {
        if (facts.fault() != null) {
            return ConnectorStatus.Faulted;
        }
        if (facts.inTransaction()) {
            // an unplugged EV whose transaction goes on (StopTransactionOnEVSideDisconnect=false) is suspended by the EV
            if (!facts.plugged()) {
                return ConnectorStatus.SuspendedEV;
            }
            if (!facts.powerOffered()) {
                return ConnectorStatus.SuspendedEVSE;
            }
            return facts.evDrawing() ? ConnectorStatus.Charging : ConnectorStatus.SuspendedEV;
        }
        if (facts.inoperative()) {
            return ConnectorStatus.Unavailable;
        }
        if (facts.finishing() && facts.plugged()) {
            return ConnectorStatus.Finishing;
        }
        if (facts.preparing()) {
            return ConnectorStatus.Preparing; // the reserved tag was presented (S16 §4.9 Reserved → Preparing)
        }
        if (facts.reserved()) {
            return ConnectorStatus.Reserved; // a cable alone does not end it: only the reserved tag does
        }
        return facts.plugged() ? ConnectorStatus.Preparing : ConnectorStatus.Available;
    }
}
