package org.stationconfig.settings.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.stationconfig.api.DateHeader;
import org.stationconfig.api.ProblemException;
import org.stationconfig.auth.Actor;
import org.stationconfig.i18n.Languages;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.ChangeResult;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.settings.SettingsSnapshot;

@Controller("/api/v1/settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Settings")
public class SettingsController {

    private final SettingChanges changes;
    private final SettingViews views;
    private final RenderedPages pages;

    public SettingsController(SettingChanges changes, SettingViews views, RenderedPages pages) {
        this.changes = changes;
        this.views = views;
        this.pages = pages;
    }

    @Get
    @Operation(operationId = "listSettings", summary = "Every setting with its value (secrets: only whether set), constraints and whether you may edit it",
            description = "Also the sections of the app's screens in order (the OCPP 1.6 JSON screen first), each setting's "
                    + "section and position, and what you may do with certificates. Labels, help, section titles and "
                    + "reasons are in the language of Accept-Language (en, de; English when nothing matches).")
    // the page goes out as bytes rendered once (RenderedPages); the document still names what they are
    @ApiResponse(responseCode = "200", description = "listSettings 200 response", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsPage.class)))
    // no @ExecuteOn: the page is in memory (or drawn from memory), so it is answered on the event loop, without a
    // hop to the blocking pool and back per request (issue 12, BENCHMARKS.md)
    // the bytes go out wrapped, as they are: a byte[] body would be copied into a buffer grown from a small start per
    // request (Micronaut 4.10 writes a ByteBuf as is); the wrapper is freed after the write, the shared bytes are not
    public HttpResponse<ByteBuf> list(Authentication authentication,
                                      @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        RenderedPages.RenderedPage page = pages.current(Actor.of(authentication), Languages.choose(acceptLanguage));
        return HttpResponse.ok(Unpooled.wrappedBuffer(page.json())).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, page.etag()).header(HttpHeaders.DATE, DateHeader.now());
    }

    @Patch
    @Operation(operationId = "changeSettings", summary = "Change several settings at once: all or nothing. Send If-Match "
            + "with the ETag to avoid overwriting someone else's change")
    @ApiResponse(responseCode = "200", description = "Changed: the settings as they are now, with warnings")
    @ApiResponse(responseCode = "403", description = "The caller may not change some of the settings; keys[] names them "
            + "and nothing is stored")
    @ApiResponse(responseCode = "412", description = "If-Match does not match the settings' ETag: someone changed them "
            + "meanwhile; read them again")
    @ApiResponse(responseCode = "422", description = "Nothing to change, unknown settings or invalid values; errors[] "
            + "names each key and what is wrong, and nothing is stored")
    @ExecuteOn(TaskExecutors.BLOCKING) // the commit waits for the disk
    public HttpResponse<SettingsPage> change(Authentication authentication,
                                             @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                     schema = @Schema(implementation = SettingsPatch.class))) @Body String body,
                                             @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                             @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        SettingsPatch patch = PatchReader.read(body); // exact numbers: 1e-400 is refused, not read as 0
        if (patch.values() == null || patch.values().isEmpty()) {
            throw ProblemException.of(HttpStatus.UNPROCESSABLE_ENTITY, Text.of("problem.settings.empty.title"),
                    Text.of("problem.settings.empty.detail"));
        }
        Actor actor = Actor.of(authentication);
        ChangeResult result = changes.apply(ChangeRequest.fromApp(actor, patch.values(), IfMatch.version(ifMatch)));
        SettingsSnapshot snapshot = result.snapshot();
        Locale language = Languages.choose(acceptLanguage);
        SettingsPage page = views.page(snapshot, actor, language, List.copyOf(result.changed()),
                result.warnings(language));
        return HttpResponse.ok(page).header(HttpHeaders.ETAG, snapshot.etag());
    }
}
