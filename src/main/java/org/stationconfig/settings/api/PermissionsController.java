package org.stationconfig.settings.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stationconfig.api.ProblemException;
import org.stationconfig.auth.Actor;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.SettingsRegistry;
import org.stationconfig.settings.Writer;

/** The role → setting write matrix: readable by all, changed by SERVICE (the access rule enforces who). */
@Controller("/api/v1/permissions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Settings")
public class PermissionsController {

    /** @param writers who may write the setting now; {@code defaultWriters} what the station shipped with */
    @Serdeable
    public record PermissionRow(String key, Set<Writer> writers, Set<Writer> defaultWriters, boolean csmsWritable) {
    }

    @Serdeable
    public record PermissionChange(Set<Writer> writers) {
    }

    private final SettingsRegistry registry;
    private final PermissionMatrix matrix;

    public PermissionsController(SettingsRegistry registry, PermissionMatrix matrix) {
        this.registry = registry;
        this.matrix = matrix;
    }

    @Get
    @Operation(summary = "Who may change each setting")
    public List<PermissionRow> list() {
        return registry.all().stream().map(this::row).toList();
    }

    @Put("/{key}")
    @Operation(summary = "Change who may write one setting (SERVICE)")
    public PermissionRow change(String key, @Body PermissionChange change, Authentication authentication) {
        SettingDefinition definition = registry.find(key).orElseThrow(() ->
                ProblemException.of(HttpStatus.NOT_FOUND, "Unknown setting", key + " is not a setting of this station."));
        Set<Writer> writers = change.writers() == null ? EnumSet.noneOf(Writer.class) : change.writers();
        try {
            matrix.change(key, writers, Actor.of(authentication));
        } catch (IllegalArgumentException e) {
            throw ProblemException.of(HttpStatus.UNPROCESSABLE_ENTITY, "Not possible", e.getMessage());
        }
        return row(definition);
    }

    private PermissionRow row(SettingDefinition definition) {
        return new PermissionRow(definition.key(), matrix.writers(definition), definition.defaultWriters(),
                definition.csmsWritable());
    }
}
