package org.stationconfig.station.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.v16.localauth.SendLocalList;
import org.stationconfig.ocpp.v16.localauth.SendLocalList.UpdateStatus;
import org.stationconfig.ocpp.v16.localauth.SendLocalList.UpdateType;
import org.stationconfig.ocpp.v16.types.AuthorizationData;
import org.stationconfig.ocpp.v16.types.AuthorizationStatus;
import org.stationconfig.ocpp.v16.types.IdTagInfo;

/** SendLocalList applied to a list (S16 §5.15): all or nothing. */
class LocalListUpdateTest {

    private static final LocalListUpdate.Limits LIMITS = new LocalListUpdate.Limits(3, 4);
    private static final IdTagInfo ACCEPTED = IdTagInfo.of(AuthorizationStatus.Accepted);
    private static final IdTagInfo BLOCKED = IdTagInfo.of(AuthorizationStatus.Blocked);

    private final Map<String, AuthorizationData> current = list(entry("A", ACCEPTED), entry("B", ACCEPTED));

    @Test
    void aFullUpdateReplacesTheListAndTakesItsVersion() {
        LocalListUpdate.Outcome outcome = apply(2, 1, UpdateType.Full, entry("c", ACCEPTED), entry("D", BLOCKED));
        assertEquals(UpdateStatus.Accepted, outcome.status());
        assertEquals(List.of("C", "D"), List.copyOf(outcome.entries().keySet()));
        assertEquals(1, outcome.version(), "a full list may restart the numbering");
        assertEquals(Map.of(), apply(2, 7, UpdateType.Full).entries(), "an empty full list clears it");
    }

    @Test
    void aDifferentialUpdateAddsUpdatesAndRemoves() {
        LocalListUpdate.Outcome outcome = apply(2, 3, UpdateType.Differential,
                entry("a", BLOCKED), entry("B", null), entry("E", ACCEPTED));
        assertEquals(UpdateStatus.Accepted, outcome.status());
        assertEquals(AuthorizationStatus.Blocked, outcome.entries().get("A").idTagInfo().status());
        assertEquals(List.of("A", "E"), List.copyOf(outcome.entries().keySet()));
        assertEquals(3, outcome.version());
    }

    @Test
    void aDifferentialUpdateMustBeNewerThanTheList() {
        assertEquals(UpdateStatus.VersionMismatch, apply(2, 2, UpdateType.Differential, entry("E", ACCEPTED)).status());
        assertEquals(UpdateStatus.VersionMismatch, apply(2, 1, UpdateType.Differential, entry("E", ACCEPTED)).status());
    }

    @Test
    void whatDoesNotFitFails() {
        assertEquals(UpdateStatus.Failed, apply(2, 3, UpdateType.Full,
                entry("A", ACCEPTED), entry("B", ACCEPTED), entry("C", ACCEPTED), entry("D", ACCEPTED)).status(),
                "more than SendLocalListMaxLength in one request");
        assertEquals(UpdateStatus.Failed, apply(2, 3, UpdateType.Differential,
                entry("C", ACCEPTED), entry("D", ACCEPTED), entry("E", ACCEPTED)).status(),
                "the list would exceed LocalAuthListMaxLength");
        assertEquals(UpdateStatus.Failed, apply(2, 3, UpdateType.Full, entry("A", ACCEPTED), entry("a", BLOCKED)).status(),
                "one tag twice (tags are case-insensitive)");
        assertEquals(UpdateStatus.Failed, apply(2, 3, UpdateType.Full, entry("A", null)).status(),
                "a full list entry without idTagInfo");
        assertEquals(UpdateStatus.Failed, apply(2, -1, UpdateType.Full).status(), "-1 is not a version");
    }

    private LocalListUpdate.Outcome apply(int currentVersion, int version, UpdateType type, AuthorizationData... entries) {
        return LocalListUpdate.apply(current, currentVersion, new SendLocalList.Request(version,
                new ArrayList<>(Arrays.asList(entries)), type), LIMITS);
    }

    private static AuthorizationData entry(String tag, IdTagInfo info) {
        return new AuthorizationData(tag, info);
    }

    private static Map<String, AuthorizationData> list(AuthorizationData... entries) {
        Map<String, AuthorizationData> map = new LinkedHashMap<>();
        for (AuthorizationData entry : entries) {
            map.put(TagKey.of(entry.idTag()), entry);
        }
        return map;
    }
}
