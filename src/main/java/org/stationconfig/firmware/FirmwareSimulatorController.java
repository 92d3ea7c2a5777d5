package org.stationconfig.firmware;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.api.ProblemException;
import org.stationconfig.firmware.SimulatedFirmwareInstaller.Behaviour;
import org.stationconfig.i18n.Text;

/**
 * The simulator's firmware installer for service technicians: whether the next firmware installations succeed or
 * fail, so a central system's handling of each outcome can be tried. SERVICE only, as every simulator endpoint.
 */
@Controller("/api/v1/simulator/firmware")
@Requires(beans = SimulatedFirmwareInstaller.class)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Simulator")
public class FirmwareSimulatorController {

    private final SimulatedFirmwareInstaller installer;

    public FirmwareSimulatorController(SimulatedFirmwareInstaller installer) {
        this.installer = installer;
    }

    @Get
    @Operation(operationId = "simulatorFirmware", summary = "What simulated firmware installations do")
    public InstallerBehaviour behaviour() {
        return new InstallerBehaviour(installer.behaviour().name());
    }

    @Put
    @Operation(operationId = "simulatorFirmwareBehaviour", summary = "Make firmware installations succeed (INSTALL) "
            + "or fail (FAIL_INSTALLATION: InstallationFailed, FAIL_VERIFICATION: InstallVerificationFailed)")
    @ApiResponse(responseCode = "422", description = "installation missing or not one of the three")
    public InstallerBehaviour behave(@Body InstallerBehaviour body) {
        Behaviour next = Arrays.stream(Behaviour.values()).filter(b -> b.name().equals(body.installation()))
                .findFirst().orElseThrow(() -> ProblemException.invalid(Text.of("simulator.didNothing"), List.of(
                        new FieldText("installation", Text.of("simulator.installation")))));
        installer.behave(next);
        return behaviour();
    }

    /** @param installation INSTALL, FAIL_INSTALLATION or FAIL_VERIFICATION */
    @Serdeable
    public record InstallerBehaviour(@Nullable String installation) {
    }
}
