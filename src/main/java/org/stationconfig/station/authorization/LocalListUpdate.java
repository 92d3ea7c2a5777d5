package org.stationconfig.station.authorization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stationconfig.ocpp.v16.localauth.SendLocalList;
import org.stationconfig.ocpp.v16.localauth.SendLocalList.UpdateStatus;
import org.stationconfig.ocpp.v16.types.AuthorizationData;

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
    public record Outcome(UpdateStatus status, Map<String, AuthorizationData> entries, int version) {

        static Outcome refused(UpdateStatus status) {
            return new Outcome(status, Map.of(), -1);
        }
    }

    private LocalListUpdate() {
    }

    public static Outcome apply(Map<String, AuthorizationData> current, int currentVersion,
                                SendLocalList.Request request, Limits limits) {
        List<AuthorizationData> entries = request.localAuthorizationList() == null ? List.of()
                : request.localAuthorizationList();
        // -1 is GetLocalListVersion's "not supported": never a list version
        if (request.listVersion() < 0 || entries.size() > limits.perRequest()) {
            return Outcome.refused(UpdateStatus.Failed);
        }
        Map<String, AuthorizationData> byKey = new LinkedHashMap<>();
        for (AuthorizationData entry : entries) {
            if (byKey.put(TagKey.of(entry.idTag()), entry) != null) {
                return Outcome.refused(UpdateStatus.Failed); // one tag twice: which one would count?
            }
        }
        Map<String, AuthorizationData> result;
        if (request.updateType() == SendLocalList.UpdateType.Full) {
            if (byKey.values().stream().anyMatch(entry -> entry.idTagInfo() == null)) {
                return Outcome.refused(UpdateStatus.Failed); // a full list has nothing to remove
            }
            result = byKey;
        } else {
            if (request.listVersion() <= currentVersion) {
                return Outcome.refused(UpdateStatus.VersionMismatch);
            }
            result = new LinkedHashMap<>(current);
            byKey.forEach((key, entry) -> {
                if (entry.idTagInfo() == null) {
                    result.remove(key);
                } else {
                    result.put(key, entry);
                }
            });
        }
        if (result.size() > limits.total()) {
            return Outcome.refused(UpdateStatus.Failed);
        }
        return new Outcome(UpdateStatus.Accepted, result, request.listVersion());
    }
}
