package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.stationconfig.i18n.Text;
import reactor.core.publisher.Mono;

/**
 * The one permission check for every HTTP request, by {@link AccessTable}. It runs before micronaut's own rules
 * and always decides, so {@code @Secured} on controllers is documentation only. A refusal leaves its reason in the
 * request attribute {@link #DENIAL_REASON} (a {@link Text}) for the 401/403 answer ({@link AccessDeniedHandler}).
 */
@Singleton
public class ApiAccessRule implements SecurityRule<HttpRequest<?>> {

    public static final int ORDER = IpPatternsRule.ORDER - 100;
    public static final String DENIAL_REASON = "org.stationconfig.auth.denial";

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
                                               @Nullable Authentication authentication) {
        if (request == null) {
            return Mono.just(SecurityRuleResult.REJECTED);
        }
        Decision decision = decide(request.getMethod(), request.getPath(), authentication);
        if (!decision.allowed()) {
            request.setAttribute(DENIAL_REASON, decision.why());
        }
        return Mono.just(decision.allowed() ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    /** The decision for one request; {@code reason} says why it was refused, in words for the app's user. */
    static Decision decide(HttpMethod method, String rawPath, @Nullable Authentication authentication) {
        String path = normalise(rawPath);
        if (path == null) {
            return Decision.refused(Text.of("access.unknownPath"));
        }
        Optional<AccessTable.Entry> entry = AccessTable.find(method, path);
        if (entry.isEmpty()) {
            return Decision.refused(Text.of("access.unknownRoute"));
        }
        AccessTable.Entry row = entry.get();
        if (row.anonymous()) {
            return Decision.ALLOWED;
        }
        if (authentication == null) {
            return Decision.refused(Text.of("problem.unauthorized.noToken"));
        }
        Role role = singleRole(authentication.getRoles());
        if (role == null || !row.roles().contains(role)) {
            return Decision.refused(Text.of("access.roleMayNot", role == null ? "(none)" : role.name(), row.toString()));
        }
        if (row.permanentOnly() && authentication.getAttributes().containsKey(AccessTokens.GRANT_CLAIM)) {
            return Decision.refused(Text.of("access.grantHasNoPassword"));
        }
        return Decision.ALLOWED;
    }

    /**
     * The path as the router will see it, or null for anything that could be read two ways (dot segments, empty
     * segments, escaped separators, matrix parameters): such a request is refused rather than guessed at.
     */
    @Nullable
    static String normalise(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (!path.startsWith("/") || path.contains("//") || path.contains("/./") || path.contains("/../")
                || path.endsWith("/.") || path.endsWith("/..") || path.contains("\\") || path.contains(";")
                || lower.contains("%2f") || lower.contains("%2e") || lower.contains("%5c")) {
            return null;
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Nullable
    private static Role singleRole(Collection<String> roles) {
        if (roles.size() != 1) {
            return null; // every token this station issues carries exactly one role
        }
        String name = roles.iterator().next();
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }

    /** @param why the refusal as a bundle text, answered in the caller's language */
    record Decision(boolean allowed, @Nullable Text why) {
        static final Decision ALLOWED = new Decision(true, null);

        static Decision refused(Text why) {
            return new Decision(false, why);
        }

        /** The refusal in English; null when allowed. */
        @Nullable
        String reason() {
            return why == null ? null : why.english();
        }
    }
}
