package org.stationconfig.station.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SendLocalList applied to a list (S16 §5.15): all or nothing. */
class LocalListUpdateTest {

    private static final LocalListUpdate.Limits LIMITS = new LocalListUpdate.Limits(3, 4);
    private static final TagVerdict ACCEPTED = TagVerdict.of(TagStatus.Accepted);
    private static final TagVerdict BLOCKED = TagVerdict.of(TagStatus.Blocked);

    private final Map<String, ListEntry> current = list(entry("A", ACCEPTED), entry("B", ACCEPTED));

    @Test
    void aFullUpdateReplacesTheListAndTakesItsVersion() {
        LocalListUpdate.Outcome outcome = apply(2, 1, ListUpdate.Kind.FULL, entry("c", ACCEPTED), entry("D", BLOCKED));
        assertEquals(ListUpdateStatus.Accepted, outcome.status());
        assertEquals(List.of("C", "D"), List.copyOf(outcome.entries().keySet()));
        assertEquals(1, outcome.version(), "a full list may restart the numbering");
        assertEquals(Map.of(), apply(2, 7, ListUpdate.Kind.FULL).entries(), "an empty full list clears it");
    }

    @Test
    void aDifferentialUpdateAddsUpdatesAndRemoves() {
        LocalListUpdate.Outcome outcome = apply(2, 3, ListUpdate.Kind.DIFFERENTIAL,
                entry("a", BLOCKED), entry("B", null), entry("E", ACCEPTED));
        assertEquals(ListUpdateStatus.Accepted, outcome.status());
        assertEquals(TagStatus.Blocked, outcome.entries().get("A").verdict().status());
        assertEquals(List.of("A", "E"), List.copyOf(outcome.entries().keySet()));
        assertEquals(3, outcome.version());
    }

    @Test
    void aDifferentialUpdateMustBeNewerThanTheList() {
        assertEquals(ListUpdateStatus.VersionMismatch, apply(2, 2, ListUpdate.Kind.DIFFERENTIAL, entry("E", ACCEPTED)).status());
        assertEquals(ListUpdateStatus.VersionMismatch, apply(2, 1, ListUpdate.Kind.DIFFERENTIAL, entry("E", ACCEPTED)).status());
    }

    @Test
    void whatDoesNotFitFails() {
        assertEquals(ListUpdateStatus.Failed, apply(2, 3, ListUpdate.Kind.FULL,
                entry("A", ACCEPTED), entry("B", ACCEPTED), entry("C", ACCEPTED), entry("D", ACCEPTED)).status(),
                "more than SendLocalListMaxLength in one request");
        assertEquals(ListUpdateStatus.Failed, apply(2, 3, ListUpdate.Kind.DIFFERENTIAL,
                entry("C", ACCEPTED), entry("D", ACCEPTED), entry("E", ACCEPTED)).status(),
                "the list would exceed LocalAuthListMaxLength");
        assertEquals(ListUpdateStatus.Failed, apply(2, 3, ListUpdate.Kind.FULL, entry("A", ACCEPTED), entry("a", BLOCKED)).status(),
                "one tag twice (tags are case-insensitive)");
        assertEquals(ListUpdateStatus.Failed, apply(2, 3, ListUpdate.Kind.FULL, entry("A", null)).status(),
                "a full list entry without idTagInfo");
        assertEquals(ListUpdateStatus.Failed, apply(2, -1, ListUpdate.Kind.FULL).status(), "-1 is not a version");
    }

    private LocalListUpdate.Outcome apply(int currentVersion, int version, ListUpdate.Kind type, ListEntry... entries) {
        return LocalListUpdate.apply(current, currentVersion, new ListUpdate(version, type,
                new ArrayList<>(Arrays.asList(entries))), LIMITS);
    }

    private static ListEntry entry(String tag, TagVerdict info) {
        return new ListEntry(tag, info);
    }

    private static Map<String, ListEntry> list(ListEntry... entries) {
        Map<String, ListEntry> map = new LinkedHashMap<>();
        for (ListEntry entry : entries) {
            map.put(TagKey.of(entry.idTag()), entry);
        }
        return map;
    }
}
