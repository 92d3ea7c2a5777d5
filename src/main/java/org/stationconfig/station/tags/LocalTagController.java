package org.stationconfig.station.tags;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.stationconfig.api.Problem;
import org.stationconfig.auth.Actor;

/** The owner's local id tags (issue 14); who may manage them is the AccessTable's job (owner, installer, service). */
@Controller("/api/v1/local-tags")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Local tags")
public class LocalTagController {

    private final LocalTags tags;

    public LocalTagController(LocalTags tags) {
        this.tags = tags;
    }

    @Get
    @Operation(operationId = "listLocalTags", summary = "The local id tags, by name",
            description = "The owner's own tags: they authorize in LOCAL_LIST and LOCAL_OR_CENTRAL modes and whenever "
                    + "no central system can be asked. The central system's SendLocalList list is separate.")
    public List<LocalTagView> list() {
        return tags.list().stream().map(LocalTagView::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "addLocalTag", summary = "Add a local id tag with a name, a note and an optional expiry",
            description = "idTag is an OCPP idToken: 1 to 20 printable ASCII characters, case-insensitive (ab12 and "
                    + "AB12 are one tag). name 1 to 64 characters, note at most 500, expiryDate in the future or "
                    + "absent, enabled true when absent. At most " + LocalTags.CAPACITY + " tags.")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "409", description = "The tag is already known, or the station keeps no more tags",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "A field is missing or out of bounds; nothing was added",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LocalTagView add(@Body LocalTagForm body, Authentication authentication) {
        return LocalTagView.of(tags.add(body, Actor.of(authentication)));
    }

    @Put("/{id}")
    @Operation(operationId = "replaceLocalTag", summary = "Change a local tag's name, note, expiry and enabled flag",
            description = "Replaces all four: a field left out is cleared (enabled: true). The id tag itself cannot "
                    + "change.")
    @ApiResponse(responseCode = "404", description = "No such tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "A field is missing or out of bounds; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LocalTagView replace(@PathVariable long id, @Body LocalTagForm body, Authentication authentication) {
        return LocalTagView.of(tags.replace(id, body, Actor.of(authentication)));
    }

    @Delete("/{id}")
    @Operation(operationId = "removeLocalTag", summary = "Remove a local tag",
            description = "A transaction it started goes on; the tag no longer starts new ones.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> remove(@PathVariable long id, Authentication authentication) {
        tags.remove(id, Actor.of(authentication));
        return HttpResponse.noContent();
    }
}
