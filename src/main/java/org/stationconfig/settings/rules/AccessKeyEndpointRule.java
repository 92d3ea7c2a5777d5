package org.stationconfig.settings.rules;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;
import org.stationconfig.audit.Source;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.Proposal;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingRule;
import org.stationconfig.settings.type.InvalidValueException;

/**
 * The stored access key is bound to the endpoint it was set for (issue 11, SPEC §3): a change from any source, at
 * any security profile, that moves the connection to another host or port, or from wss:// down to ws://, must set
 * the key in the same change (a new one, or none). Otherwise anyone who may edit the URL could read the write-only
 * key from the Basic header at a server of their own, directly or in two steps (first move the URL at a profile that
 * sends no key, then switch to one that does). The central system's ChangeConfiguration of CentralSystemURI to
 * another endpoint is therefore Rejected while a key is stored. Only the station's own rollback, which restores a
 * pair that was stored together, is exempt.
 */
@Singleton
public class AccessKeyEndpointRule implements SettingRule {

    private static final String KEY = "accessKey";
    private static final String PROFILE = "securityProfile";

    /** Where a key goes: the scheme the profile dials, the host, and the port as written (-1 for the default). */
    public record Endpoint(String scheme, String host, int port) {

        /** The key may follow: same host and port, same scheme or ws:// raised to wss:// (never lowered). */
        public boolean keepsKeyOf(Endpoint stored) {
            return host.equals(stored.host) && port == stored.port
                    && (scheme.equals(stored.scheme) || scheme.equals("wss") && stored.scheme.equals("ws"));
        }

        @Override
        public String toString() {
            return scheme + "://" + host + (port > 0 ? ":" + port : "");
        }
    }

    @Override
    public void check(Proposal proposal) {
        if (proposal.actor().source() == Source.SYSTEM || proposal.changes(KEY) || proposal.currentValue(KEY) == null
                || !proposal.changes(ConnectionUrlRule.URL) && !proposal.changes(PROFILE)) {
            return;
        }
        Endpoint wanted = endpoint(proposal.value(ConnectionUrlRule.URL), proposal.get(Setting.CHARGE_POINT_ID),
                proposal.intValue(PROFILE));
        if (wanted == null) {
            return; // no usable URL: nothing is dialled (the URL rule or the readiness check says so)
        }
        Endpoint stored = endpoint(proposal.currentValue(ConnectionUrlRule.URL), proposal.currentValue("chargePointId"),
                Integer.parseInt(proposal.currentValue(PROFILE)));
        if (stored == null || !wanted.keepsKeyOf(stored)) {
            proposal.reject(KEY, Text.of("rule.accessKey.endpoint",
                    stored == null ? Text.of("rule.accessKey.endpoint.none") : stored.toString(), wanted.toString()));
        }
    }

    /** The endpoint as dialled (the scheme follows the profile), or null without a usable URL. */
    @Nullable
    public static Endpoint endpoint(@Nullable String url, @Nullable String chargePointId, int profile) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String normalised = ConnectionUrls.normalise(url, chargePointId == null ? "" : chargePointId, profile).url();
            if (normalised.isEmpty()) {
                return null;
            }
            URI uri = URI.create(ConnectionUrls.effective(normalised, "", profile));
            return new Endpoint(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost().toLowerCase(Locale.ROOT),
                    uri.getPort());
        } catch (InvalidValueException | IllegalArgumentException | NullPointerException unusable) {
            return null;
        }
    }
}
