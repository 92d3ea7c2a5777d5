package org.stationconfig.station.authorization;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.csms.CentralSystemScript.Received;
import org.stationconfig.station.StationScenario;

/** Each authorisation mode and the standard keys, against the scripted central system (S16 §3.5, SPEC §2). */
@MicronautTest(transactional = false)
class AuthorizationScenarioTest extends StationScenario {

    private static final Duration QUIET = Duration.ofSeconds(1);

    @Test
    void centralAsksTheCentralSystemAndTheSameTagStopsTheTransaction() {
        commission("CP-AU-1", Map.of());
        tag(1, "TAG-OK");
        assertEquals("TAG-OK", csms.awaitCalls("CP-AU-1", "Authorize", 1, WITHIN).get(0).payload().get("idTag").getStringValue());
        plug(1);
        Received start = csms.awaitCalls("CP-AU-1", "StartTransaction", 1, WITHIN).get(0);
        assertEquals("TAG-OK", start.payload().get("idTag").getStringValue());
        assertEquals(1, start.payload().get("connectorId").getIntValue());
        awaitStatus(1, "Charging");
        assertEquals("TAG-OK", connector(1).get("lastIdTag"));

        tag(1, "tag-ok");
        Received stop = csms.awaitCalls("CP-AU-1", "StopTransaction", 1, WITHIN).get(0);
        assertEquals("Local", stop.payload().get("reason").getStringValue());
        assertEquals("tag-ok", stop.payload().get("idTag").getStringValue());
        awaitStatus(1, "Finishing");
        assertEquals(1, csms.calls("CP-AU-1", "Authorize").size(), "the transaction's own tag stops it without asking");
    }

    @Test
    void centralRefusesATagTheCentralSystemDoesNotAccept() {
        csms.tagStatus.put("TAG-BLOCKED", "Blocked");
        commission("CP-AU-2", Map.of());
        plug(2);
        tag(2, "TAG-BLOCKED");
        csms.awaitCalls("CP-AU-2", "Authorize", 1, WITHIN);
        await().during(QUIET).atMost(WITHIN).until(() -> !charging(2) && "Preparing".equals(status(2)));
        assertEquals(0, csms.calls("CP-AU-2", "StartTransaction").size());
        assertEquals("TAG-BLOCKED", connector(2).get("lastIdTag"), "the last tag is remembered even when refused");
    }

    @Test
    void autoStartChargesOnPlugInWithTheFreeVendTag() {
        commission("CP-AU-3", Map.of("authorizationMode", "AUTO_START", "freeVendIdTag", "FREE-1"));
        plug(1);
        assertEquals("FREE-1", csms.awaitCalls("CP-AU-3", "StartTransaction", 1, WITHIN).get(0).payload()
                .get("idTag").getStringValue());
        awaitStatus(1, "Charging");
        assertEquals(0, csms.calls("CP-AU-3", "Authorize").size());
    }

    @Test
    void anyTagStartsWithoutAskingEvenOffline() {
        set(Map.of("authorizationMode", "ANY_TAG"));
        tag(1, "WHOEVER");
        plug(1);
        awaitConnector(1, c -> "Charging".equals(c.get("status")));
        assertEquals("WHOEVER", transaction(1).get("idTag"));
        assertEquals(true, transaction(1).get("active"));
    }

    @Test
    void localListModeAcceptsOnlyWhatTheListAccepts() {
        commission("CP-AU-5", Map.of("authorizationMode", "LOCAL_LIST"));
        assertEquals("Accepted", sendLocalList("CP-AU-5", 1, "Full", "TAG-L", "Accepted", "TAG-X", "Blocked"));
        assertEquals(1, callStation("CP-AU-5", "GetLocalListVersion", "{}").get("listVersion").getIntValue());
        plug(1);
        tag(1, "TAG-X");
        tag(1, "TAG-NOBODY");
        await().during(QUIET).atMost(WITHIN).until(() -> !charging(1));
        tag(1, "TAG-L");
        awaitStatus(1, "Charging");
        assertEquals(0, csms.calls("CP-AU-5", "Authorize").size(), "the list decides alone");
    }

    @Test
    void localOrCentralStartsListedTagsAtOnceAndAsksForOthers() {
        commission("CP-AU-6", Map.of("authorizationMode", "LOCAL_OR_CENTRAL"));
        assertEquals("Accepted", sendLocalList("CP-AU-6", 1, "Full", "TAG-L", "Accepted"));
        plug(1);
        tag(1, "TAG-L");
        awaitStatus(1, "Charging");
        assertEquals(0, csms.calls("CP-AU-6", "Authorize").size());
        plug(2);
        tag(2, "TAG-C");
        assertEquals("TAG-C", csms.awaitCalls("CP-AU-6", "Authorize", 1, WITHIN).get(0).payload().get("idTag").getStringValue());
        awaitStatus(2, "Charging");
    }

    @Test
    void localPreAuthorizeStartsACachedTagWithoutWaitingForTheCentralSystem() {
        commission("CP-AU-7", Map.of());
        tag(1, "TAG-P");
        csms.awaitCalls("CP-AU-7", "Authorize", 1, WITHIN);
        awaitStatus(1, "Preparing");
        tag(1, "TAG-P"); // the same tag again cancels the waiting start
        awaitStatus(1, "Available");

        set(Map.of("localPreAuthorize", true));
        tag(1, "TAG-P");
        awaitStatus(1, "Preparing");
        assertEquals(1, csms.calls("CP-AU-7", "Authorize").size(), "the cache answered");
        tag(1, "TAG-P");
        awaitStatus(1, "Available");
    }

    @Test
    void offlineACachedTagChargesAndAnUnknownOneOnlyWithAllowOfflineTxForUnknownId() {
        commission("CP-AU-8", Map.of());
        tag(1, "TAG-K");
        csms.awaitCalls("CP-AU-8", "Authorize", 1, WITHIN);
        tag(1, "TAG-K");
        awaitStatus(1, "Available");
        set(Map.of("enabled", false));
        await().atMost(WITHIN).until(() -> !centralSystem.online());

        plug(1);
        tag(1, "TAG-UNKNOWN");
        await().during(QUIET).atMost(WITHIN).until(() -> !charging(1));
        tag(1, "TAG-K");
        awaitStatus(1, "Charging");

        set(Map.of("allowOfflineTxForUnknownId", true));
        plug(2);
        tag(2, "TAG-UNKNOWN");
        awaitStatus(2, "Charging");
    }

    @Test
    void clearCacheEmptiesTheCacheUnlessItIsSwitchedOff() {
        commission("CP-AU-9", Map.of());
        tag(2, "TAG-C1");
        csms.awaitCalls("CP-AU-9", "Authorize", 1, WITHIN);
        tag(2, "TAG-C1");
        awaitStatus(2, "Available");
        assertEquals("Accepted", callStation("CP-AU-9", "ClearCache", "{}").get("status").getStringValue());

        set(Map.of("enabled", false));
        await().atMost(WITHIN).until(() -> !centralSystem.online());
        plug(2);
        tag(2, "TAG-C1");
        await().during(QUIET).atMost(WITHIN).until(() -> !charging(2));

        set(Map.of("authorizationCacheEnabled", false, "enabled", true));
        await().atMost(WITHIN).until(centralSystem::online);
        assertEquals("Rejected", callStation("CP-AU-9", "ClearCache", "{}").get("status").getStringValue());
    }

    @Test
    void badLocalListsAreRefusedAndTheListStaysAsItWas() {
        commission("CP-AU-10", Map.of());
        assertEquals("Accepted", sendLocalList("CP-AU-10", 5, "Full", "TAG-1", "Accepted"));
        assertEquals("VersionMismatch", sendLocalList("CP-AU-10", 5, "Differential", "TAG-2", "Accepted"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("{\"idTag\":\"T").append(i).append("\",\"idTagInfo\":{\"status\":\"Accepted\"}}");
        }
        assertEquals("Failed", callStation("CP-AU-10", "SendLocalList", "{\"listVersion\":6,\"updateType\":\"Full\","
                + "\"localAuthorizationList\":[" + many + "]}").get("status").getStringValue(), "over SendLocalListMaxLength");
        JsonNode tooLong = callStation("CP-AU-10", "SendLocalList", "{\"listVersion\":6,\"updateType\":\"Full\","
                + "\"localAuthorizationList\":[{\"idTag\":\"TAG-LONGER-THAN-20-CHARS\",\"idTagInfo\":{\"status\":\"Accepted\"}}]}");
        assertEquals(4, tooLong.get(0).getIntValue(), "a CALLERROR: " + tooLong);
        assertEquals(5, callStation("CP-AU-10", "GetLocalListVersion", "{}").get("listVersion").getIntValue());
        assertEquals("Accepted", sendLocalList("CP-AU-10", 6, "Differential", "TAG-1", null));
        assertEquals(0, callStation("CP-AU-10", "GetLocalListVersion", "{}").get("listVersion").getIntValue(),
                "an empty list is version 0");

        set(Map.of("localAuthListEnabled", false));
        assertEquals("NotSupported", sendLocalList("CP-AU-10", 7, "Full", "TAG-1", "Accepted"));
        assertEquals(-1, callStation("CP-AU-10", "GetLocalListVersion", "{}").get("listVersion").getIntValue());
    }

    @Test
    void aTagOfTheSameGroupStopsTheTransaction() {
        csms.tagParent.put("TAG-G1", "FLEET");
        csms.tagParent.put("TAG-G2", "FLEET");
        commission("CP-AU-11", Map.of());
        plug(1);
        tag(1, "TAG-G1");
        awaitStatus(1, "Charging");
        tag(1, "TAG-OTHER"); // not of the group: nothing happens
        csms.awaitCalls("CP-AU-11", "Authorize", 2, WITHIN);
        tag(1, "TAG-G2");
        Received stop = csms.awaitCalls("CP-AU-11", "StopTransaction", 1, WITHIN).get(0);
        assertEquals("TAG-G2", stop.payload().get("idTag").getStringValue());
        assertEquals(1, csms.calls("CP-AU-11", "StopTransaction").size());
    }

    /** A SendLocalList with tag/status pairs (status null = remove); returns the answer's status. */
    private String sendLocalList(String chargePointId, int version, String type, String... tagsAndStatuses) {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < tagsAndStatuses.length; i += 2) {
            entries.append(i == 0 ? "" : ",").append("{\"idTag\":\"").append(tagsAndStatuses[i]).append('"')
                    .append(tagsAndStatuses[i + 1] == null ? "" : ",\"idTagInfo\":{\"status\":\"" + tagsAndStatuses[i + 1] + "\"}")
                    .append('}');
        }
        return callStation(chargePointId, "SendLocalList", "{\"listVersion\":" + version + ",\"updateType\":\"" + type
                + "\",\"localAuthorizationList\":[" + entries + "]}").get("status").getStringValue();
    }
}
