package org.stationconfig.station.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.stationconfig.i18n.Text;
import org.stationconfig.connection.ConnectionState;
import org.stationconfig.connection.LastError;
import org.stationconfig.connection.Registration;

/**
 * What a station command reached. Only the fields the command has are set.
 *
 * @param outcome         the station's answer, e.g. Unlocked, UnlockFailed, NotSupported, Accepted, Scheduled,
 *                        Rejected, Started, WaitingForCable, TagRefused, ConnectorOccupied, ConnectorFaulted,
 *                        ConnectorUnavailable, Reserved, Pending, Sent, NotSent, or a connection state
 * @param detail          why, in words, when the outcome is not plainly a success
 * @param connectors      the connectors the command touched, as they are after it
 * @param transaction     start and stop: the transaction (meter start, meter stop and energy once stopped)
 * @param statuses        status-report: the statuses sent
 * @param connectionState reconnect: the state reached
 * @param restartBy       a reset: the station restarts at the latest then
 * @param detailText      the detail as a bundle text or a last error, for the caller's language; not answered
 */
@Serdeable
public record CommandResult(String command, String outcome, @Nullable String detail,
                            @Nullable List<ConnectorView> connectors, @Nullable TransactionView transaction,
                            @Nullable List<StatusSent> statuses, @Nullable ConnectionState connectionState,
                            @Nullable Registration registration, @Nullable Instant restartBy,
                            @JsonIgnore @Nullable Object detailText) {

    public static CommandResult of(String command, String outcome, @Nullable String detail) {
        return new CommandResult(command, outcome, detail, null, null, null, null, null, null, null);
    }

    /** A result whose detail is a bundle text, answered in the caller's language. */
    public static CommandResult of(String command, String outcome, Text detail) {
        return new CommandResult(command, outcome, detail.english(), null, null, null, null, null, null, detail);
    }

    /** The result with its detail in this language where the bundle has it. */
    public CommandResult in(Locale language) {
        String shown = detailText instanceof Text text ? text.in(language)
                : detailText instanceof LastError error ? error.messageIn(language) : detail;
        return new CommandResult(command, outcome, shown, connectors, transaction, statuses, connectionState,
                registration, restartBy, detailText);
    }

    /** A result whose detail is the message of the connection's last error, in the caller's language. */
    public static CommandResult of(String command, String outcome, LastError error) {
        return new CommandResult(command, outcome, error.message(), null, null, null, null, null, null, error);
    }

    public CommandResult withConnectors(List<ConnectorView> views) {
        return new CommandResult(command, outcome, detail, views, transaction, statuses, connectionState, registration,
                restartBy, detailText);
    }

    public CommandResult withTransaction(@Nullable TransactionView view) {
        return new CommandResult(command, outcome, detail, connectors, view, statuses, connectionState, registration,
                restartBy, detailText);
    }

    public CommandResult withStatuses(List<StatusSent> sent) {
        return new CommandResult(command, outcome, detail, connectors, transaction, sent, connectionState, registration,
                restartBy, detailText);
    }

    public CommandResult withConnection(ConnectionState state, Registration reached) {
        return new CommandResult(command, outcome, detail, connectors, transaction, statuses, state, reached, restartBy,
                detailText);
    }

    public CommandResult withRestartBy(Instant at) {
        return new CommandResult(command, outcome, detail, connectors, transaction, statuses, connectionState,
                registration, at, detailText);
    }

    /** One StatusNotification of a status report. */
    @Serdeable
    public record StatusSent(int connectorId, String status, String errorCode, Instant timestamp) {
    }
}
