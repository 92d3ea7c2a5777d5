package org.stationconfig.station.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.stationconfig.api.Problem;
import org.stationconfig.api.ProblemException;
import org.stationconfig.api.ProblemException.FieldText;
import org.stationconfig.i18n.Text;
import org.stationconfig.station.TransactionHistory;

/** The station's transactions for the app, also those that stayed local (issue 14). */
@Controller("/api/v1/transactions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Station")
public class TransactionController {

    private static final int MAX_LIMIT = 500;

    private final TransactionHistory history;

    public TransactionController(TransactionHistory history) {
        this.history = history;
    }

    @Get
    @Operation(operationId = "listTransactions", summary = "The station's transactions, newest first",
            description = "Running and finished, with the energy in Wh (so far, for a running one), the local tag's "
                    + "name and local: true for a transaction started while no central system was configured (kept "
                    + "on the station, never sent to a central system). limit 1 to 500, default 50.")
    @ApiResponse(responseCode = "422", description = "limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TransactionListEntry> list(@QueryValue @Nullable Integer limit) {
        int n = limit == null ? 50 : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw ProblemException.invalid(Text.of("transactions.notListed"), List.of(new FieldText("limit",
                    Text.of("transactions.limit", MAX_LIMIT))));
        }
        return history.newest(n);
    }
}
