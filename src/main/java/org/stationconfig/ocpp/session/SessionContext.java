package org.stationconfig.ocpp.session;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.stationconfig.ocpp.ConnectorStatusReport;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.rpc.InvalidMessageListener;
import org.stationconfig.ocpp.rpc.Scheduler;

/**
 * What every session of this station works with; one instance, shared by the sessions one after another.
 *
 * @param systemClock for durations (timeouts, quiet intervals), which must not jump with the station clock
 * @param handlers    the answers to the central system's requests, asked for at each connect
 */
public record SessionContext(
        ScheduledExecutorService thread,
        Scheduler scheduler,
        SessionSettings settings,
        SessionClock clock,
        Clock systemClock,
        TransactionOutbox outbox,
        ConnectorStatusReport connectors,
        Supplier<HandlerTable> handlers,
        InvalidMessageListener invalidMessages,
        Consumer<OutboxAnswer> outboxAnswers) {
}
