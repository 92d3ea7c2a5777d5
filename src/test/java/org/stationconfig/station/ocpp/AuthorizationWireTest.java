package org.stationconfig.station.ocpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.PayloadWriter;
import org.stationconfig.ocpp.v16.localauth.SendLocalList;
import org.stationconfig.ocpp.v16.types.AuthorizationData;
import org.stationconfig.ocpp.v16.types.AuthorizationStatus;
import org.stationconfig.ocpp.v16.types.IdTagInfo;
import org.stationconfig.station.authorization.ListUpdate;
import org.stationconfig.station.authorization.ListUpdateStatus;
import org.stationconfig.station.authorization.TagStatus;
import org.stationconfig.station.authorization.TagVerdict;

/** Every tag status and list update status has its OCPP 1.6 spelling both ways; an IdTagInfo survives the trip. */
class AuthorizationWireTest {

    @ParameterizedTest
    @EnumSource(TagStatus.class)
    void everyTagStatusMapsToTheSameWireStatusAndBack(TagStatus status) {
        assertEquals(status.name(), AuthorizationWire.toWire(status).name());
        assertEquals(status, AuthorizationWire.fromWire(AuthorizationWire.toWire(status)));
    }

    @ParameterizedTest
    @EnumSource(AuthorizationStatus.class)
    void everyWireStatusHasATagStatus(AuthorizationStatus status) {
        assertEquals(status, AuthorizationWire.toWire(AuthorizationWire.fromWire(status)));
    }

    @ParameterizedTest
    @EnumSource(ListUpdateStatus.class)
    void everyListUpdateStatusMapsBothWays(ListUpdateStatus status) {
        assertEquals(status.name(), AuthorizationWire.toWire(status).name());
        assertEquals(status, AuthorizationWire.fromWire(AuthorizationWire.toWire(status)));
    }

    @ParameterizedTest
    @EnumSource(SendLocalList.UpdateStatus.class)
    void everyWireUpdateStatusHasAStationOne(SendLocalList.UpdateStatus status) {
        assertEquals(status, AuthorizationWire.toWire(AuthorizationWire.fromWire(status)));
    }

    @Test
    void anIdTagInfoIsTheSameOnTheWireAfterTheTrip() {
        IdTagInfo info = new IdTagInfo(Instant.parse("2027-01-01T00:00:00Z"), "GROUP-1", AuthorizationStatus.Blocked);
        TagVerdict verdict = AuthorizationWire.fromWire(info);
        assertEquals(new TagVerdict(Instant.parse("2027-01-01T00:00:00Z"), "GROUP-1", TagStatus.Blocked), verdict);
        assertEquals("{\"expiryDate\":\"2027-01-01T00:00:00Z\",\"parentIdTag\":\"GROUP-1\",\"status\":\"Blocked\"}",
                JsonText.write(new PayloadWriter().write(AuthorizationWire.toWire(verdict))));
    }

    @Test
    void aSendLocalListBecomesAListUpdateWithRemovalsAsNoVerdict() {
        List<AuthorizationData> entries = new ArrayList<>();
        entries.add(new AuthorizationData("TAG-1", IdTagInfo.of(AuthorizationStatus.Accepted)));
        entries.add(new AuthorizationData("TAG-2", null));
        ListUpdate update = AuthorizationWire.fromWire(new SendLocalList.Request(4, entries,
                SendLocalList.UpdateType.Differential));
        assertEquals(4, update.version());
        assertEquals(ListUpdate.Kind.DIFFERENTIAL, update.kind());
        assertEquals(TagVerdict.of(TagStatus.Accepted), update.entries().get(0).verdict());
        assertNull(update.entries().get(1).verdict());
        assertEquals(ListUpdate.Kind.FULL, AuthorizationWire.fromWire(new SendLocalList.Request(5, null,
                SendLocalList.UpdateType.Full)).kind());
    }
}
