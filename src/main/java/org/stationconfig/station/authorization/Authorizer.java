package org.stationconfig.station.authorization;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.StationThread;
import org.stationconfig.station.ocpp.CentralAuthorization;
import org.stationconfig.station.tags.LocalTag;
import org.stationconfig.station.tags.LocalTags;
import org.stationconfig.station.transaction.CentralSystemConfigured;

/**
 * Decides whether an id tag may charge: locally per {@link AuthorizationPolicy}, else with an Authorize.req. Called
 * and completed on the station thread; it never waits for the answer, and a central system that does not answer
 * leads to the offline rules.
 */
@Singleton
public class Authorizer {

    private static final Logger LOG = LoggerFactory.getLogger(Authorizer.class);

    private final LocalAuthList localList;
    private final AuthorizationCache cache;
    private final CentralSystem centralSystem;
    private final CentralAuthorization central;
    private final SettingsStore settings;
    private final StationClock clock;
    private final Executor thread;
    private final LocalTags localTags;

    public Authorizer(LocalAuthList localList, AuthorizationCache cache, CentralSystem centralSystem, CentralAuthorization central,
                      SettingsStore settings, StationClock clock, StationThread thread, LocalTags localTags) {
        this.localList = localList;
        this.cache = cache;
        this.centralSystem = centralSystem;
        this.central = central;
        this.settings = settings;
        this.clock = clock;
        this.thread = thread;
        this.localTags = localTags;
    }

    public CompletableFuture<Authorization> authorize(String idTag) {
        AuthorizationPolicy.Inputs inputs = inputs(idTag);
        Optional<Authorization> local = AuthorizationPolicy.beforeAsking(idTag, inputs);
        if (local.isPresent()) {
            return CompletableFuture.completedFuture(local.get());
        }
        return central.authorize(idTag).handleAsync((verdict, error) -> {
            if (error != null) {
                LOG.info("Authorize for a tag got no answer ({}); the offline rules decide", error.toString());
                return AuthorizationPolicy.offline(idTag, inputs(idTag));
            }
            cache.remember(idTag, verdict);
            return Authorization.of(idTag, verdict, Authorization.Source.CENTRAL);
        }, thread);
    }

    /**
     * The tag's parent id tag, for a reservation made for a group (S16 §5.13): from the Local Authorization List or
     * the cache while they are enabled, else with an Authorize.req (its answer is cached). Empty when the tag has
     * none, or nobody can tell (offline, no answer). Completes on the station thread.
     */
    public CompletableFuture<Optional<String>> parentIdTag(String idTag) {
        SettingsSnapshot s = settings.current();
        Optional<TagVerdict> known = s.get(Setting.LOCAL_AUTH_LIST_ENABLED) ? localList.find(idTag) : Optional.empty();
        if (known.isEmpty() && s.get(Setting.AUTHORIZATION_CACHE_ENABLED)) {
            known = cache.find(idTag);
        }
        if (known.isPresent() || !centralSystem.online()) {
            return CompletableFuture.completedFuture(known.map(TagVerdict::parentIdTag));
        }
        return central.authorize(idTag).handleAsync((verdict, error) -> {
            if (error != null) {
                LOG.info("Authorize for a tag's group got no answer ({})", error.toString());
                return Optional.<String>empty();
            }
            cache.remember(idTag, verdict);
            return Optional.ofNullable(verdict.parentIdTag());
        }, thread);
    }

    private AuthorizationPolicy.Inputs inputs(String idTag) {
        SettingsSnapshot s = settings.current();
        return new AuthorizationPolicy.Inputs(AuthorizationMode.of(s), centralSystem.online(),
                s.get(Setting.LOCAL_AUTH_LIST_ENABLED), s.get(Setting.AUTHORIZATION_CACHE_ENABLED),
                s.get(Setting.LOCAL_PRE_AUTHORIZE), s.get(Setting.LOCAL_AUTHORIZE_OFFLINE),
                s.get(Setting.ALLOW_OFFLINE_TX_FOR_UNKNOWN_ID), localList.find(idTag).orElse(null),
                cache.find(idTag).orElse(null), clock.now(), localTags.find(idTag).map(LocalTag::info).orElse(null),
                CentralSystemConfigured.in(s));
    }
}
