package org.stationconfig.station.authorization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SendLocalList (S16 §5.15) applied to the current list, without touching storage: a Full update replaces the list,
 * a Differential one adds, updates or (no idTagInfo) removes entries and must carry a newer version. Anything that
 * does not fit is refused as a whole, so a failed update leaves the list as it was.
 */
public final class LocalListUpdate {

    /**
     * @param perRequest SendLocalListMaxLength
     * @param total      LocalAuthListMaxLength
     */
    public record Limits(int perRequest, int total) {
    }

    /** The verdict and, when Accepted, the whole new list (by tag key) and its version. */
    public record Outcome(ListUpdateStatus status, Map<String, ListEntry> entries, int version) {

        static Outcome refused(ListUpdateStatus status) {
            return new Outcome(status, Map.of(), -1);
        }
    }

    private LocalListUpdate() {
    }

    public static Outcome apply(Map<String, ListEntry> current, int currentVersion,
                                ListUpdate update, Limits limits) {
        List<ListEntry> entries = update.entries();
        // -1 is GetLocalListVersion's "not supported": never a list version
        if (update.version() < 0 || entries.size() > limits.perRequest()) {
            return Outcome.refused(ListUpdateStatus.Failed);
        }
        Map<String, ListEntry> byKey = new LinkedHashMap<>();
        for (ListEntry entry : entries) {
            if (byKey.put(TagKey.of(entry.idTag()), entry) != null) {
                return Outcome.refused(ListUpdateStatus.Failed); // one tag twice: which one would count?
            }
        }
        Map<String, ListEntry> result;
        if (update.kind() == ListUpdate.Kind.FULL) {
            if (byKey.values().stream().anyMatch(entry -> entry.verdict() == null)) {
                return Outcome.refused(ListUpdateStatus.Failed); // a full list has nothing to remove
            }
            result = byKey;
        } else {
            if (update.version() <= currentVersion) {
                return Outcome.refused(ListUpdateStatus.VersionMismatch);
            }
            result = new LinkedHashMap<>(current);
            byKey.forEach((key, entry) -> {
                if (entry.verdict() == null) {
                    result.remove(key);
                } else {
                    result.put(key, entry);
                }
            });
        }
        if (result.size() > limits.total()) {
            return Outcome.refused(ListUpdateStatus.Failed);
        }
        return new Outcome(ListUpdateStatus.Accepted, result, update.version());
    }
}
