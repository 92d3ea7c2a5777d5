package org.stationconfig.station.command;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.api.ProblemException;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.clock.StationClock;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.ConnectionSupervisor;
import org.stationconfig.connection.LiveConnection;
import org.stationconfig.i18n.Text;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.rpc.WireEnums;
import org.stationconfig.settings.PermissionMatrix;
import org.stationconfig.station.Acceptance;
import org.stationconfig.station.Availability;
import org.stationconfig.station.RemoteControl;
import org.stationconfig.station.RemoteStart;
import org.stationconfig.station.StartOutcome;
import org.stationconfig.station.StationReport;
import org.stationconfig.station.api.CommandRequest;
import org.stationconfig.station.api.CommandResult;
import org.stationconfig.station.api.ConnectorView;
import org.stationconfig.station.ocpp.StatusNotificationTrigger;
import org.stationconfig.station.reset.ResetKind;
import org.stationconfig.station.reset.StationReset;
import org.stationconfig.station.transaction.TransactionRecord;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.status.ConnectionStatusService;

/**
 * Runs the app's station commands: allowed per role by the permission matrix, each through the station logic the
 * central system's request of that name uses, answered with the outcome the station reached (waited for up to
 * {@code station.commands.outcome-wait}), and audited with who, what and the outcome, refusals included.
 */
@Singleton
public class StationCommands {

    private static final Logger LOG = LoggerFactory.getLogger(StationCommands.class);

    private final PermissionMatrix permissions;
    private final AuditLog audit;
    private final CommandInput input;
    private final RemoteControl remote;
    private final StationReset reset;
    private final StationReport report;
    private final StatusNotificationTrigger statusReport;
    private final CentralSystem centralSystem;
    private final ConnectionSupervisor connection;
    private final ConnectionStatusService connectionStatus;
    private final ReconnectWatch reconnects;
    private final StationClock clock;
    private final Duration outcomeWait;

    StationCommands(PermissionMatrix permissions, AuditLog audit, CommandInput input, RemoteControl remote,
                    StationReset reset, StationReport report, StatusNotificationTrigger statusReport,
                    CentralSystem centralSystem, ConnectionSupervisor connection,
                    ConnectionStatusService connectionStatus, ReconnectWatch reconnects, StationClock clock,
                    @Value("${station.commands.outcome-wait:15s}") Duration outcomeWait) {
        this.permissions = permissions;
        this.audit = audit;
        this.input = input;
        this.remote = remote;
        this.reset = reset;
        this.report = report;
        this.statusReport = statusReport;
        this.centralSystem = centralSystem;
        this.connection = connection;
        this.connectionStatus = connectionStatus;
        this.reconnects = reconnects;
        this.clock = clock;
        this.outcomeWait = outcomeWait;
    }

    /** @throws ProblemException 404 for an unknown command, 403 when the actor may not send it, 4xx for bad input */
    public CommandResult run(String name, CommandRequest request, Actor actor) {
        StationCommand command = StationCommand.fromName(name).orElseThrow(() -> ProblemException.of(
                HttpStatus.NOT_FOUND, Text.of("command.unknown.title"), Text.of("command.unknown.detail", name,
                        String.join(", ", Arrays.stream(StationCommand.values()).map(StationCommand::commandName).toList()))));
        Text refusal = permissions.refusalText(actor, command);
        if (refusal != null) {
            audit.record(actor.source(), actor.name(), Category.COMMAND, "STATION_COMMAND_REFUSED",
                    command.commandName() + ": " + refusal.english());
            throw ProblemException.of(HttpStatus.FORBIDDEN, Text.of("command.notAllowed.title"),
                    Text.of("command.notAllowed.detail", refusal));
        }
        CommandResult result = switch (command) {
            case SOFT_RESET -> reset(ResetKind.Soft, command, actor);
            case HARD_RESET -> reset(ResetKind.Hard, command, actor);
            case UNLOCK_CONNECTOR -> unlock(command, input.connector(request, false));
            case CHANGE_AVAILABILITY -> availability(command, input.connector(request, true), input.availability(request));
            case RECONNECT -> reconnect(command, actor);
            case CLEAR_CACHE -> clearCache(command);
            case START_TRANSACTION -> start(command, input.connector(request, false), input.idTag(request));
            case STOP_TRANSACTION -> stop(command, input.stopTarget(request));
            case STATUS_REPORT -> statusReport(command, input.optionalConnector(request));
        };
        audit.record(actor.source(), actor.name(), Category.COMMAND, "STATION_COMMAND",
                command.commandName() + describe(request) + ": " + result.outcome()
                        + (result.detail() == null ? "" : " (" + result.detail() + ")"));
        LOG.info("Station command {} by {}: {}", command.commandName(), actor.describe(), result.outcome());
        return result;
    }

    private CommandResult reset(ResetKind type, StationCommand command, Actor actor) {
        Instant now = clock.now();
        Acceptance status = await(reset.request(type, "the app (" + actor.name() + ")"));
        if (status == Acceptance.Rejected) {
            return CommandResult.of(command.commandName(), status.name(), Text.of("command.detail.resetUnderWay"));
        }
        return CommandResult.of(command.commandName(), status.name(),
                        Text.of(type == ResetKind.Hard ? "command.detail.hardReset" : "command.detail.softReset"))
                .withRestartBy(now.plus(reset.restartWithin(type)));
    }

    private CommandResult unlock(StationCommand command, int connectorId) {
        String outcome = WireEnums.toWire(await(remote.unlock(connectorId)));
        return CommandResult.of(command.commandName(), outcome, (String) null).withConnectors(connectors(connectorId));
    }

    private CommandResult availability(StationCommand command, int connectorId, Availability type) {
        String outcome = WireEnums.toWire(await(remote.changeAvailability(connectorId, type)));
        CommandResult result = outcome.equals("Scheduled")
                ? CommandResult.of(command.commandName(), outcome, Text.of("command.detail.availabilityScheduled"))
                : CommandResult.of(command.commandName(), outcome, (String) null);
        return result.withConnectors(connectors(connectorId));
    }

    private CommandResult reconnect(StationCommand command, Actor actor) {
        ConnectionStatus before = connectionStatus.current();
        if (before.state() == ConnectionState.DISABLED) {
            return CommandResult.of(command.commandName(), before.state().name(),
                    Text.of("command.detail.connectionOff")).withConnection(before.state(), before.registration());
        }
        if (before.state() == ConnectionState.NOT_CONFIGURED) {
            return CommandResult.of(command.commandName(), before.state().name(), Text.of("command.detail.notConfigured",
                    String.join(", ", before.missing()))).withConnection(before.state(), before.registration());
        }
        CompletableFuture<LiveConnection.Reading> reached = reconnects.begin();
        connection.reconnectNow("reconnect requested by " + actor.describe());
        LiveConnection.Reading reading;
        try {
            reading = reached.get(outcomeWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            reached.cancel(false);
            ConnectionStatus now = connectionStatus.current();
            return CommandResult.of(command.commandName(), now.state().name(), Text.of("command.detail.noConnection",
                    outcomeWait.toSeconds())).withConnection(now.state(),
                    now.registration());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        String state = reading.state().name();
        CommandResult result = reading.state() == ConnectionState.WAITING_RETRY && reading.lastError() != null
                ? CommandResult.of(command.commandName(), state, reading.lastError())
                : CommandResult.of(command.commandName(), state, (String) null);
        return result
                .withConnection(reading.state(), reading.registration());
    }

    private CommandResult clearCache(StationCommand command) {
        String outcome = await(remote.clearCache()).name();
        return outcome.equals("Rejected")
                ? CommandResult.of(command.commandName(), outcome, Text.of("command.detail.cacheOff"))
                : CommandResult.of(command.commandName(), outcome, (String) null);
    }

    private CommandResult start(StationCommand command, int connectorId, String idTag) {
        RemoteStart start = remote.startCheckingTag(connectorId, idTag);
        await(start.answer());
        StartOutcome outcome;
        try {
            outcome = start.outcome().get(outcomeWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return CommandResult.of(command.commandName(), "Pending", Text.of("command.detail.tagPending",
                    outcomeWait.toSeconds())).withConnectors(connectors(connectorId));
        } catch (ExecutionException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        List<ConnectorView> views = connectors(connectorId);
        CommandResult result = (outcome.kind() == StartOutcome.Kind.WAITING_FOR_CABLE
                ? CommandResult.of(command.commandName(), outcomeName(outcome.kind()), Text.of("command.detail.waitingForCable"))
                : CommandResult.of(command.commandName(), outcomeName(outcome.kind()), outcome.reason()))
                .withConnectors(views);
        if (outcome.kind() == StartOutcome.Kind.STARTED) {
            ConnectorView view = views.get(0);
            if (view.transaction() != null && view.transaction().localId().equals(outcome.localTransactionId())) {
                result = result.withTransaction(view.transaction());
            }
        }
        return result;
    }

    private CommandResult stop(StationCommand command, CommandInput.StopTarget target) {
        Optional<TransactionRecord> stopped = await(target.connectorId() != null
                ? remote.stopOnConnector(target.connectorId()) : remote.stopTransaction(target.transactionId()));
        if (stopped.isEmpty()) {
            return CommandResult.of(command.commandName(), "Rejected", target.connectorId() != null
                    ? Text.of("command.detail.noTransactionOnConnector", target.connectorId())
                    : Text.of("command.detail.noTransaction", target.transactionId()));
        }
        TransactionRecord record = stopped.get();
        return CommandResult.of(command.commandName(), "Accepted", (String) null)
                .withConnectors(connectors(record.connectorId())).withTransaction(report.transactionNow(record));
    }

    private CommandResult statusReport(StationCommand command, Integer connectorId) {
        boolean online = centralSystem.online();
        List<CommandResult.StatusSent> sent = statusReport.report(connectorId).entrySet().stream()
                .map(s -> new CommandResult.StatusSent(s.getKey(), s.getValue().status().name(),
                        s.getValue().errorCode().name(), s.getValue().since())).toList();
        CommandResult result = online ? CommandResult.of(command.commandName(), "Sent", (String) null)
                : CommandResult.of(command.commandName(), "NotSent", Text.of("command.detail.notSent"));
        return result.withStatuses(sent);
    }

    private List<ConnectorView> connectors(int connectorId) {
        return connectorId == 0 ? report.station().connectors() : report.connector(connectorId).stream().toList();
    }

    private static String outcomeName(StartOutcome.Kind kind) {
        return switch (kind) {
            case STARTED -> "Started";
            case WAITING_FOR_CABLE -> "WaitingForCable";
            case TAG_REFUSED -> "TagRefused";
            case CONNECTOR_OCCUPIED -> "ConnectorOccupied";
            case CONNECTOR_FAULTED -> "ConnectorFaulted";
            case CONNECTOR_UNAVAILABLE -> "ConnectorUnavailable";
            case RESERVED -> "Reserved";
            case PROFILE_REJECTED -> "Rejected";
        };
    }

    private static String describe(CommandRequest request) {
        StringBuilder text = new StringBuilder();
        if (request.connectorId() != null) {
            text.append(" connector ").append(request.connectorId());
        }
        if (request.transactionId() != null) {
            text.append(" transaction ").append(request.transactionId());
        }
        if (request.idTag() != null) {
            text.append(" tag ").append(request.idTag());
        }
        if (request.type() != null) {
            text.append(' ').append(request.type());
        }
        return text.toString();
    }

    private <T> T await(CompletionStage<T> answer) {
        try {
            return answer.toCompletableFuture().get(outcomeWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("A station command got no answer from the station", e);
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return ProblemException.of(HttpStatus.SERVICE_UNAVAILABLE, Text.of("command.busy.title"),
                Text.of("command.busy.detail"));
    }
}
