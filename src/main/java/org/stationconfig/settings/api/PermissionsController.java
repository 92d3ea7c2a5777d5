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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.stationconfig.api.ProblemException;
import org.stationconfig.auth.Actor;
import org.stationconfig.i18n.Text;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.settings.PermissionSubject;
import org.stationconfig.settings.SettingDefinition;
import org.stationconfig.settings.SettingsRegistry;
import org.stationconfig.settings.Writer;

/**
 * The role → setting write matrix, with one row per certificate use (who may install and delete it, keyed by its OCPP
 * name) and one per station command (who may send it, keyed by its name, e.g. {@code unlock-connector}): readable by
 * all, changed by SERVICE (the access rule enforces who).
 */
@Controller("/api/v1/permissions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Settings")
public class PermissionsController {

    /**
     * @param key     a setting key, a certificate use (e.g. ManufacturerRootCertificate) or a station command
     *                (e.g. unlock-connector)
     * @param writers who may write the setting (install and delete certificates of the use) now;
     *                {@code defaultWriters} what the station shipped with
     */
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
    @Operation(operationId = "listPermissions", summary = "Who may change each setting, and who may install and delete each certificate use")
    public List<PermissionRow> list() {
        return Stream.concat(registry.all().stream().map(this::row), matrix.subjects().stream().map(this::row)).toList();
    }

    @Put("/{key}")
    @Operation(operationId = "changePermission", summary = "Change who may write one setting, or install and delete one certificate use (SERVICE)")
    public PermissionRow change(String key, @Body PermissionChange change, Authentication authentication) {
        Optional<PermissionSubject> subject = matrix.subject(key);
        Optional<SettingDefinition> definition = registry.find(key);
        if (subject.isEmpty() && definition.isEmpty()) {
            throw ProblemException.of(HttpStatus.NOT_FOUND, Text.of("permission.unknown.title"), Text.of("permission.unknown.detail", key));
        }
        Set<Writer> writers = change.writers() == null ? EnumSet.noneOf(Writer.class) : change.writers();
        try {
            matrix.change(key, writers, Actor.of(authentication));
        } catch (PermissionMatrix.Impossible e) {
            throw ProblemException.of(HttpStatus.UNPROCESSABLE_ENTITY, Text.of("permission.impossible.title"), e.text());
        }
        return subject.map(this::row).orElseGet(() -> row(definition.get()));
    }

    private PermissionRow row(SettingDefinition definition) {
        return new PermissionRow(definition.key(), matrix.writers(definition), definition.defaultWriters(),
                definition.csmsWritable());
    }

    private PermissionRow row(PermissionSubject subject) {
        return new PermissionRow(subject.permissionKey(), matrix.writers(subject), subject.defaultWriters(),
                subject.centralSystemMayBeWriter());
    }
}
