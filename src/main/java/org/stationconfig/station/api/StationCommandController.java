package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import org.stationconfig.api.Problem;
import org.stationconfig.api.RequestLanguage;
import org.stationconfig.auth.Actor;
import org.stationconfig.station.command.StationCommands;

/**
 * Station commands from the app (README "Station commands"): one path per command, a small JSON body, the outcome
 * the station reached. Who may send which command is the permission matrix's job.
 */
@Controller("/api/v1/station/commands")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Station")
public class StationCommandController {

    private final StationCommands commands;

    public StationCommandController(StationCommands commands) {
        this.commands = commands;
    }

    @Post("/{command}")
    @Operation(operationId = "runStationCommand", summary = "Run a station command and answer with its outcome",
            description = "Commands: soft-reset, hard-reset, unlock-connector {connectorId}, change-availability "
                    + "{connectorId (0 = station), type Operative|Inoperative}, reconnect, clear-cache, "
                    + "start-transaction {connectorId, idTag}, stop-transaction {connectorId | transactionId}, "
                    + "status-report {connectorId?}. Each runs the station logic of the OCPP request of that name "
                    + "and is audited.")
    @ApiResponse(responseCode = "200", description = "The outcome the station reached")
    @ApiResponse(responseCode = "403", description = "The caller's role may not send this command (permission data)",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Unknown command or connector",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "A field is missing or invalid (connectorId, idTag, type)",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "The station did not answer in time",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    public CommandResult run(@PathVariable String command, @Body @Nullable CommandRequest request,
                             Authentication authentication, HttpRequest<?> http) {
        CommandRequest body = request == null ? new CommandRequest(null, null, null, null) : request;
        return commands.run(command, body, Actor.of(authentication)).in(RequestLanguage.of(http));
    }
}
