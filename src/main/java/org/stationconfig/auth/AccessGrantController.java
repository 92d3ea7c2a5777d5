package org.stationconfig.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.api.ProblemException;
import org.stationconfig.i18n.Text;

/** Who may call what is decided by {@link ApiAccessRule} (owner and service); handlers need an authenticated user. */
@Tag(name = "Access")
@SecurityRequirement(name = LoginController.BEARER)
@Controller("/api/v1/access-grants")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING) // Argon2 and SQLite must not run on the event loop
public class AccessGrantController {

    private static final int MAX_LABEL_LENGTH = 80;

    private final AccessGrants grants;

    public AccessGrantController(AccessGrants grants) {
        this.grants = grants;
    }

    @Get
    @Operation(operationId = "listAccessGrants",
            summary = "List temporary installer access, newest first (without passwords)")
    public List<GrantView> list() {
        return grants.list().stream().map(g -> GrantView.of(g, grants.isActive(g))).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createAccessGrant", summary = "Hand out temporary installer access",
            description = "Creates a temporary INSTALLER login valid for validMinutes (1 to 4320, default 1440). "
                    + "The password is in this answer only; the station cannot show it again.")
    @ApiResponse(responseCode = "201", description = "Created; note the password now")
    @ApiResponse(responseCode = "422", description = "validMinutes out of range or label unusable")
    public CreatedGrant create(@Body GrantRequest body, Authentication authentication) {
        List<FieldText> errors = new ArrayList<>();
        long minutes = body.validMinutes() == null ? AccessGrants.DEFAULT_VALIDITY.toMinutes() : body.validMinutes();
        if (minutes < AccessGrants.MIN_VALIDITY.toMinutes() || minutes > AccessGrants.MAX_VALIDITY.toMinutes()) {
            errors.add(new FieldText("validMinutes", Text.of("grant.validMinutes",
                    AccessGrants.MIN_VALIDITY.toMinutes(), AccessGrants.MAX_VALIDITY.toMinutes())));
        }
        String label = body.label() == null || body.label().isBlank() ? null : body.label().strip();
        if (label != null && (label.length() > MAX_LABEL_LENGTH || label.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldText("label", Text.of("grant.label", MAX_LABEL_LENGTH)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(Text.of("grant.notGranted"), errors);
        }
        AccessGrants.NewGrant created = grants.create(authentication.getName(), label, Duration.ofMinutes(minutes));
        AccessGrant g = created.grant();
        return new CreatedGrant(g.id(), g.username(), created.password(), g.label(), g.expiresAt(), g.createdBy());
    }

    @Delete("/{id}")
    @Operation(operationId = "revokeAccessGrant", summary = "Revoke temporary installer access",
            description = "Its live tokens stop working at once. Revoking an ended grant changes nothing.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such grant")
    public HttpResponse<Void> revoke(@PathVariable long id, Authentication authentication) {
        grants.revoke(id, authentication.getName());
        return HttpResponse.noContent();
    }

    /** Both fields optional: an empty object grants 24 h without a label. */
    @Serdeable
    public record GrantRequest(@Nullable String label, @Nullable Long validMinutes) {
    }

    /** The answer to a new grant: the only time its password is shown. */
    @Serdeable
    public record CreatedGrant(long id, String username, String password, @Nullable String label, Instant expiresAt,
                               String createdBy) {

        @Override
        public String toString() {
            return "CreatedGrant[" + id + ", " + username + "]";
        }
    }

    /** A grant as listed: never a password or hash. */
    @Serdeable
    public record GrantView(long id, String username, @Nullable String label, String createdBy, Instant createdAt,
                            Instant expiresAt, boolean active, @Nullable Instant revokedAt,
                            @Nullable String revokedBy) {

        static GrantView of(AccessGrant g, boolean active) {
            return new GrantView(g.id(), g.username(), g.label(), g.createdBy(), g.createdAt(), g.expiresAt(), active,
                    g.revokedAt(), g.revokedBy());
        }
    }
}
