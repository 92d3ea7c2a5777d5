package org.stationconfig.settings.rules;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.stationconfig.audit.Source;
import org.stationconfig.settings.Proposal;
import org.stationconfig.settings.SettingRule;
import org.stationconfig.settings.type.InvalidValueException;

/**
 * The stored access key is only ever sent to the endpoint it was configured for (issue 11, SPEC §3): a change from
 * the app, or a connection test, that points a profile 1/2 connection at another scheme, host or port must bring
 * the key for that endpoint in the same request. Otherwise anyone who may edit the URL could read the write-only key
 * from the Basic header at a server of their own.
 */
@Singleton
public class AccessKeyEndpointRule implements SettingRule {

    private static final String KEY = "accessKey";

    @Override
    public void check(Proposal proposal) {
        if (proposal.actor().source() != Source.APP || proposal.changes(KEY) || proposal.currentValue(KEY) == null) {
            return;
        }
        int profile = proposal.intValue("securityProfile");
        if (profile != 1 && profile != 2) {
            return; // no Basic header is sent
        }
        String wanted = endpoint(proposal.value(ConnectionUrlRule.URL), proposal.value("chargePointId"), profile);
        if (wanted == null) {
            return; // no usable URL: the URL rule or the readiness check says so
        }
        String stored = endpoint(proposal.currentValue(ConnectionUrlRule.URL), proposal.currentValue("chargePointId"),
                Integer.parseInt(proposal.currentValue("securityProfile")));
        if (!Objects.equals(wanted, stored)) {
            proposal.reject(KEY, "the stored access key is only sent to the endpoint it was configured for ("
                    + (stored == null ? "none yet" : stored) + "); send the access key for " + wanted
                    + " in the same request");
        }
    }

    /** scheme://host:port as dialled (the scheme follows the profile), or null without a usable URL. */
    @Nullable
    static String endpoint(@Nullable String url, @Nullable String chargePointId, int profile) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String normalised = ConnectionUrls.normalise(url, chargePointId == null ? "" : chargePointId, profile).url();
            if (normalised.isEmpty()) {
                return null;
            }
            URI uri = URI.create(ConnectionUrls.effective(normalised, "", profile));
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() > 0 ? uri.getPort() : "wss".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (InvalidValueException | IllegalArgumentException unusable) {
            return null;
        }
    }
}
