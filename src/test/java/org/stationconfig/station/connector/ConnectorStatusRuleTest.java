package org.stationconfig.station.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OCPP 1.6 connector status from the facts at the connector (S16 §4.9). */
class ConnectorStatusRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case,                                   plugged, evDrawing, fault, inoperative, preparing, finishing, tx, power, reserved, expected
            "nothing going on,                          false, false, ,              false, false, false, false, false, false, Available",
            "cable in - no tag yet,                      true,  true,  ,              false, false, false, false, false, false, Preparing",
            "tag accepted - waiting for the cable,       false, false, ,              false, true,  false, false, false, false, Preparing",
            "transaction - energy flows,                 true,  true,  ,              false, false, false, true,  true,  false, Charging",
            "transaction - the EV pauses,                true,  false, ,              false, false, false, true,  true,  false, SuspendedEV",
            "transaction - the station offers 0 A,       true,  true,  ,              false, false, false, true,  false, false, SuspendedEVSE",
            "transaction goes on after unplugging,      false, false, ,              false, false, false, true,  false, false, SuspendedEV",
            "transaction over - cable still in,          true,  true,  ,              false, false, true,  false, false, false, Finishing",
            "made inoperative,                          false, false, ,              true,  false, false, false, false, false, Unavailable",
            "inoperative waits for the transaction,     true,  true,  ,              true,  false, false, true,  true,  false, Charging",
            "inoperative after the transaction,         true,  true,  ,              true,  false, true,  false, false, false, Unavailable",
            "a fault wins over everything,              true,  true,  GroundFailure, false, false, false, true,  true,  false, Faulted",
            "a fault on an inoperative connector,       false, false, ReaderFailure, true,  false, false, false, false, false, Faulted",
            "reserved,                                  false, false, ,              false, false, false, false, false, true,  Reserved",
            "reserved - a cable alone keeps it reserved, true,  true,  ,              false, false, false, false, false, true,  Reserved",
            "reserved - its tag was presented,          false, false, ,              false, true,  false, false, false, true,  Preparing",
            "reserved - made inoperative,               false, false, ,              true,  false, false, false, false, true,  Unavailable",
            "reserved - a fault,                        false, false, OverVoltage,   false, false, false, false, false, true,  Faulted",
    })
    void statusFollowsTheFacts(String name, boolean plugged, boolean evDrawing, ConnectorFault fault,
                               boolean inoperative, boolean preparing, boolean finishing, boolean inTransaction,
                               boolean powerOffered, boolean reserved, ConnectorStatus expected) {
        assertEquals(expected, ConnectorStatusRule.of(new ConnectorStatusRule.Facts(plugged, evDrawing, fault,
                inoperative, preparing, finishing, inTransaction, powerOffered, reserved)));
    }

    @ParameterizedTest
    @CsvSource({"Available, GREEN", "Charging, GREEN", "Preparing, YELLOW", "SuspendedEVSE, YELLOW",
            "SuspendedEV, YELLOW", "Finishing, YELLOW", "Reserved, YELLOW", "Unavailable, RED", "Faulted, RED"})
    void theIndicatorFollowsTheSpecLegend(ConnectorStatus status, ConnectorIndicator.Color color) {
        assertEquals(color, ConnectorIndicator.of(status).color());
    }
}
