package org.stationconfig.connection.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import org.stationconfig.api.ProblemException;
import org.stationconfig.i18n.Text;
import org.stationconfig.ocpp.outbox.MessageState;
import org.stationconfig.ocpp.outbox.OutboxListing;
import org.stationconfig.ocpp.outbox.OutboxMessageView;
import org.stationconfig.ocpp.outbox.RequeueOutcome;
import org.stationconfig.ocpp.outbox.TransactionOutbox;

/** The outbox for installers and service: what waits for the central system, and re-queueing parked messages. */
@Controller("/api/v1/outbox")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Outbox")
public class OutboxController {

    private static final int MAX_PAGE_SIZE = 200;

    private final TransactionOutbox outbox;

    public OutboxController(TransactionOutbox outbox) {
        this.outbox = outbox;
    }

    @Get
    @Operation(operationId = "listOutbox", summary = "Queued, in-flight and parked transaction messages in send order (at most 200 a page), "
            + "with counts; filter with state=QUEUED|IN_FLIGHT|PARKED")
    public OutboxListing list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "200") int size,
                              @Nullable @QueryValue MessageState state) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.of(HttpStatus.BAD_REQUEST, Text.of("paging.title"), Text.of("paging.detail", MAX_PAGE_SIZE));
        }
        return outbox.list(state, page, size);
    }

    @Post("/{id}/requeue")
    @Operation(operationId = "requeueOutboxMessage", summary = "Put a parked message back in the queue at its original position with its attempts reset; "
            + "a StartTransaction brings back the messages of its transaction parked with it")
    @ApiResponse(responseCode = "200", description = "Re-queued")
    @ApiResponse(responseCode = "404", description = "No such message (it may have been delivered)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Not parked, or parked with its transaction's StartTransaction",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OutboxMessageView requeue(@PathVariable long id, Authentication authentication) {
        RequeueOutcome outcome = outbox.requeue(id, authentication.getName());
        return switch (outcome) {
            case REQUEUED -> outbox.find(id).orElseThrow();
            case UNKNOWN_MESSAGE -> throw ProblemException.of(HttpStatus.NOT_FOUND, Text.of("outbox.unknown.title"),
                    Text.of("outbox.unknown.detail", id));
            case NOT_PARKED -> throw ProblemException.of(HttpStatus.CONFLICT, Text.of("outbox.notParked.title"),
                    Text.of("outbox.notParked.detail", id));
            case START_TRANSACTION_PARKED -> throw ProblemException.of(HttpStatus.CONFLICT, Text.of("outbox.startParked.title"),
                    Text.of("outbox.startParked.detail", id));
        };
    }
}
