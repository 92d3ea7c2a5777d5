package org.stationconfig.connection;

import java.util.concurrent.ScheduledExecutorService;
import org.stationconfig.ocpp.ConnectorStatusReport;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.rpc.InvalidMessageListener;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.settings.SettingsStore;

/** What every session of this station works with; one instance, shared by the sessions one after another. */
record SessionContext(
        ScheduledExecutorService thread,
        Scheduler scheduler,
        SettingsStore settings,
        StationClock clock,
        java.time.Clock systemClock,
        TransactionOutbox outbox,
        ConnectorStatusReport connectors,
        HandlerTable handlers,
        InvalidMessageListener invalidMessages,
        java.util.function.Consumer<org.stationconfig.ocpp.outbox.OutboxAnswer> outboxAnswers) {
}
