package org.stationconfig.status;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.stationconfig.i18n.Languages;

@Controller("/api/v1/ocpp/status")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "OCPP connection")
public class ConnectionStatusController {

    private final ConnectionStatusService status;

    public ConnectionStatusController(ConnectionStatusService status) {
        this.status = status;
    }

    @Get
    @Operation(operationId = "getConnectionStatus", summary = "Connection state, registration, the last error with a hint, and the indicator to show",
            description = "The indicator's tooltip and the fixed hints are in the language of Accept-Language (en, de).")
    public ConnectionStatus status(@Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return StatusLanguage.in(status.current(), Languages.choose(acceptLanguage));
    }
}
