package org.stationconfig.ocpp.v16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.core.BootNotification;
import org.stationconfig.ocpp.v16.core.DataTransfer;
import org.stationconfig.ocpp.v16.core.Heartbeat;

class ActionTableTest {

    private final ActionTable table = ActionTable.v16();

    @Test
    void coversEveryMessageOfFactsSection4() {
        assertEquals(39, table.all().size());
        Map<FeatureProfile, Long> perProfile = table.all().stream()
                .collect(Collectors.groupingBy(ActionDefinition::profile, Collectors.counting()));
        assertEquals(Map.of(FeatureProfile.Core, 16L, FeatureProfile.FirmwareManagement, 4L,
                FeatureProfile.LocalAuthListManagement, 2L, FeatureProfile.Reservation, 2L, FeatureProfile.SmartCharging, 3L,
                FeatureProfile.RemoteTrigger, 1L, FeatureProfile.Security, 11L), perProfile);
    }

    @Test
    void directionsMatchFactsSection4() {
        Set<String> chargePointSends = names(table.all().stream().filter(a -> a.direction().chargePointSends()).toList());
        assertEquals(Set.of("Authorize", "BootNotification", "DataTransfer", "Heartbeat", "MeterValues", "StartTransaction",
                "StatusNotification", "StopTransaction", "DiagnosticsStatusNotification", "FirmwareStatusNotification",
                "SignCertificate", "SecurityEventNotification", "LogStatusNotification", "SignedFirmwareStatusNotification"),
                chargePointSends);
        assertEquals(9 + 2 + 2 + 2 + 3 + 1 + 7, table.all().stream().filter(a -> a.direction().centralSystemSends()).count());
        assertEquals(Direction.BOTH, DataTransfer.ACTION.direction());
    }

    @Test
    void actionNameIsTheMessageClassName() {
        // OCPP-J §4.2.1: the action is the message name without .req/.conf, case-sensitive
        table.all().forEach(a -> assertEquals(a.name(), a.requestType().getEnclosingClass().getSimpleName()));
    }

    @Test
    void looksUpByNameAndByRequestType() {
        assertSame(BootNotification.ACTION, table.byName("BootNotification").orElseThrow());
        assertSame(Heartbeat.ACTION, table.byRequestType(Heartbeat.Request.class).orElseThrow());
        assertTrue(table.byName("bootnotification").isEmpty(), "names are case-sensitive");
        assertTrue(table.byRequestType(Heartbeat.Response.class).isEmpty());
    }

    @Test
    void refusesADuplicateName() {
        ActionDefinition<Heartbeat.Request, Heartbeat.Response> clash = ActionDefinition.fromChargePoint(
                "BootNotification", Heartbeat.Request.class, Heartbeat.Response.class, FeatureProfile.Core);
        assertThrows(IllegalArgumentException.class, () -> new ActionTable(List.of(BootNotification.ACTION, clash)));
    }

    @Test
    void refusesAReusedRecordType() {
        ActionDefinition<Heartbeat.Request, Heartbeat.Response> clash = ActionDefinition.fromChargePoint(
                "Heartbeat2", Heartbeat.Request.class, Heartbeat.Response.class, FeatureProfile.Core);
        assertThrows(IllegalArgumentException.class, () -> new ActionTable(List.of(Heartbeat.ACTION, clash)));
    }

    private static Set<String> names(List<ActionDefinition<?, ?>> actions) {
        return actions.stream().map(ActionDefinition::name).collect(Collectors.toSet());
    }
}
