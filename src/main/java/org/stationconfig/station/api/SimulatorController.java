package org.stationconfig.station.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.api.ProblemException;
import org.stationconfig.i18n.Text;
import org.stationconfig.ocpp.rpc.WireEnums;
import org.stationconfig.station.StationReport;
import org.stationconfig.station.connector.ConnectorFault;
import org.stationconfig.station.hardware.Simulator;
import org.stationconfig.station.hardware.SimulatorRefusal;

/**
 * The hardware simulator for service technicians (SPEC §8): plug an EV in or out, present a tag, let the EV draw or
 * pause, raise or clear a fault. Each answer is the connector after the station has reacted.
 */
@Controller("/api/v1/simulator/connectors/{id}")
@Requires(beans = Simulator.class)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Simulator")
public class SimulatorController {

    private static final int MAX_ID_TAG = 20;

    private final Simulator simulator;
    private final StationReport report;

    public SimulatorController(Simulator simulator, StationReport report) {
        this.simulator = simulator;
        this.report = report;
    }

    @Post("/plug")
    @Operation(operationId = "simulatorPlug", summary = "Plug a simulated EV in")
    @ApiResponse(responseCode = "404", description = "No such connector")
    @ApiResponse(responseCode = "409", description = "An EV is already plugged in")
    public ConnectorView plug(@PathVariable int id) {
        return act(id, () -> simulator.plug(id));
    }

    @Post("/unplug")
    @Operation(operationId = "simulatorUnplug", summary = "Unplug the simulated EV (at the EV side)")
    @ApiResponse(responseCode = "404", description = "No such connector")
    @ApiResponse(responseCode = "409", description = "No EV is plugged in")
    public ConnectorView unplug(@PathVariable int id) {
        return act(id, () -> simulator.unplug(id));
    }

    @Post("/rfid")
    @Operation(operationId = "simulatorRfid", summary = "Present an RFID tag at the connector's reader")
    @ApiResponse(responseCode = "404", description = "No such connector")
    @ApiResponse(responseCode = "422", description = "idTag missing or not 1 to 20 printable ASCII characters")
    public ConnectorView rfid(@PathVariable int id, @Body TagPresented body) {
        String idTag = body.idTag();
        if (idTag == null || idTag.isEmpty() || idTag.length() > MAX_ID_TAG
                || !idTag.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw invalid("idTag", Text.of("command.idTag", 20));
        }
        return act(id, () -> simulator.presentTag(id, idTag));
    }

    @Post("/ev")
    @Operation(operationId = "simulatorEv", summary = "Let the plugged-in EV draw energy or pause (SuspendedEV)")
    @ApiResponse(responseCode = "404", description = "No such connector")
    @ApiResponse(responseCode = "409", description = "No EV is plugged in, or it already does that")
    @ApiResponse(responseCode = "422", description = "drawing missing")
    public ConnectorView ev(@PathVariable int id, @Body EvDemand body) {
        if (body.drawing() == null) {
            throw invalid("drawing", Text.of("simulator.drawing"));
        }
        return act(id, () -> simulator.evDrawing(id, body.drawing()));
    }

    @Post("/fault")
    @Operation(operationId = "simulatorFault", summary = "Raise a fault with an OCPP ChargePointErrorCode (Faulted)")
    @ApiResponse(responseCode = "404", description = "No such connector")
    @ApiResponse(responseCode = "409", description = "The connector already has a fault")
    @ApiResponse(responseCode = "422", description = "errorCode missing, unknown or NoError")
    public ConnectorView fault(@PathVariable int id, @Body FaultRaised body) {
        ConnectorFault code = body.errorCode() == null ? null
                : WireEnums.fromWire(ConnectorFault.class, body.errorCode()).orElse(null);
        if (code == null || code == ConnectorFault.NoError) {
            throw invalid("errorCode", Text.of("simulator.errorCode"));
        }
        return act(id, () -> simulator.fault(id, code));
    }

    @Delete("/fault")
    @Operation(operationId = "simulatorClearFault", summary = "Clear the connector's fault")
    @ApiResponse(responseCode = "404", description = "No such connector")
    @ApiResponse(responseCode = "409", description = "The connector has no fault")
    public ConnectorView clearFault(@PathVariable int id) {
        return act(id, () -> simulator.clearFault(id));
    }

    private ConnectorView act(int id, Runnable action) {
        try {
            action.run();
        } catch (SimulatorRefusal refusal) {
            throw switch (refusal.kind()) {
                case UNKNOWN_CONNECTOR -> ProblemException.of(HttpStatus.NOT_FOUND, Text.of("command.unknownConnector.title"),
                        refusal.text());
                case WRONG_STATE -> ProblemException.of(HttpStatus.CONFLICT, Text.of("simulator.notNow.title"), refusal.text());
                case INVALID -> ProblemException.of(HttpStatus.UNPROCESSABLE_ENTITY, Text.of("simulator.invalid.title"),
                        refusal.text());
            };
        }
        return report.connector(id).orElseThrow(); // read on the station thread: after it handled the event
    }

    private static ProblemException invalid(String field, Text message) {
        return ProblemException.invalid(Text.of("simulator.didNothing"), List.of(new FieldText(field, message)));
    }

    @Serdeable
    public record TagPresented(@Schema(example = "04A2B3C4D5") @Nullable String idTag) {
    }

    @Serdeable
    public record EvDemand(@Nullable Boolean drawing) {
    }

    @Serdeable
    public record FaultRaised(@Schema(description = "An OCPP 1.6 ChargePointErrorCode other than NoError",
            example = "GroundFailure") @Nullable String errorCode) {
    }
}
