package org.stationconfig.settings.api;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;

/**
 * The settings page of {@code GET /api/v1/settings} as JSON bytes, rendered once per settings snapshot, permission
 * matrix version, role and language and then reused: drawing and serializing every setting with its texts was most of
 * what a GET cost (issue 12, BENCHMARKS.md). A page depends on nothing else: the caller's role decides what it may
 * edit (the permission matrix knows roles, not names), the language the texts.
 */
@Singleton
public class RenderedPages {

    private static final Argument<SettingsPage> PAGE = Argument.of(SettingsPage.class);

    private final SettingsStore store;
    private final PermissionMatrix permissions;
    private final SettingViews views;
    private final JsonMapper json;
    private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(null, -1));

    public RenderedPages(SettingsStore store, PermissionMatrix permissions, SettingViews views, JsonMapper json) {
        this.store = store;
        this.permissions = permissions;
        this.views = views;
        this.json = json;
    }

    /** The page as it is now for this caller in this language. */
    public RenderedPage current(Actor caller, Locale language) {
        // the permission version is read before the page is drawn: a page drawn meanwhile is filed under the old one
        long permissionVersion = permissions.version();
        SettingsSnapshot snapshot = store.current();
        Generation now = generation.get();
        if (now.snapshot != snapshot || now.permissionVersion != permissionVersion) {
            Generation next = new Generation(snapshot, permissionVersion);
            now = generation.compareAndSet(now, next) ? next : now;
            if (now.snapshot != snapshot || now.permissionVersion != permissionVersion) {
                return render(snapshot, caller, language); // another thread moved on meanwhile: not kept
            }
        }
        return now.pages.computeIfAbsent(new Key(caller.role(), language), key -> render(snapshot, caller, language));
    }

    private RenderedPage render(SettingsSnapshot snapshot, Actor caller, Locale language) {
        try {
            byte[] bytes = json.writeValueAsBytes(PAGE, views.page(snapshot, caller, language, null, null));
            return new RenderedPage(bytes, snapshot.etag());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages of one settings snapshot and one permission version; a few (roles × languages) at most. */
    private static final class Generation {
        private final SettingsSnapshot snapshot;
        private final long permissionVersion;
        private final Map<Key, RenderedPage> pages = new ConcurrentHashMap<>();

        private Generation(SettingsSnapshot snapshot, long permissionVersion) {
            this.snapshot = snapshot;
            this.permissionVersion = permissionVersion;
        }
    }

    private record Key(Role role, Locale language) {
    }

    /** A page as sent: the JSON and its ETag. The bytes are shared between requests and never changed. */
    public record RenderedPage(byte[] json, String etag) {
    }
}
