package org.stationconfig.station.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.stationconfig.station.StationReport;

/** The charge point and its connectors for the app (SPEC §8). */
@Controller("/api/v1/station")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Station")
public class StationController {

    private final StationReport report;

    public StationController(StationReport report) {
        this.report = report;
    }

    @Get
    @Operation(operationId = "getStation", summary = "The charge point and its connectors",
            description = "The BootNotification data, identity and connection of the charge point; per connector its "
                    + "OCPP status, error code, indicator colour, availability, the running or last transaction "
                    + "(meter start/stop and consumption in Wh), the last meter values, the last id tag presented and the "
                    + "reservation on it.")
    public StationView station() {
        return report.station();
    }
}
