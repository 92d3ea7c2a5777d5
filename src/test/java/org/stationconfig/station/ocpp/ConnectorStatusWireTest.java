package org.stationconfig.station.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.PayloadWriter;
import org.stationconfig.ocpp.v16.types.ChargePointErrorCode;
import org.stationconfig.ocpp.v16.types.ChargePointStatus;
import org.stationconfig.station.connector.ConnectorFault;
import org.stationconfig.station.connector.ConnectorStatus;

/** Every connector status and fault has its OCPP 1.6 spelling, and every OCPP 1.6 one a station meaning. */
class ConnectorStatusWireTest {

    @ParameterizedTest
    @EnumSource(ConnectorStatus.class)
    void everyStatusMapsToTheSameWireStatusAndBack(ConnectorStatus status) {
        assertEquals(status.name(), ConnectorStatusWire.toWire(status).name());
        assertEquals(status, ConnectorStatusWire.fromWire(ConnectorStatusWire.toWire(status)));
    }

    @ParameterizedTest
    @EnumSource(ChargePointStatus.class)
    void everyWireStatusHasAStationStatus(ChargePointStatus status) {
        assertEquals(status, ConnectorStatusWire.toWire(ConnectorStatusWire.fromWire(status)));
    }

    @ParameterizedTest
    @EnumSource(ConnectorFault.class)
    void everyFaultMapsToTheSameErrorCodeAndBack(ConnectorFault fault) {
        assertEquals(fault.name(), ConnectorStatusWire.toWire(fault).name());
        assertEquals(fault, ConnectorStatusWire.fromWire(ConnectorStatusWire.toWire(fault)));
    }

    @ParameterizedTest
    @EnumSource(ChargePointErrorCode.class)
    void everyErrorCodeHasAFault(ChargePointErrorCode code) {
        assertEquals(code, ConnectorStatusWire.toWire(ConnectorStatusWire.fromWire(code)));
    }

    @Test
    void theStatusNotificationIsTheSameOnTheWire() {
        String json = JsonText.write(new PayloadWriter().write(ConnectorStatusWire.request(2,
                ConnectorStatus.SuspendedEVSE, ConnectorFault.NoError, Instant.parse("2026-01-02T03:04:05.678Z"))));
        assertEquals("{\"connectorId\":2,\"errorCode\":\"NoError\",\"status\":\"SuspendedEVSE\","
                + "\"timestamp\":\"2026-01-02T03:04:05Z\"}", json);
    }
}
