package org.stationconfig.connection;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.stationconfig.clock.StationClock;
import org.stationconfig.ocpp.ConnectorStatusReport;
import org.stationconfig.ocpp.outbox.OutboxAnswer;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.ocpp.session.OcppThread;
import org.stationconfig.ocpp.session.SessionContext;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.settings.SettingsStore;

/**
 * The one {@link SessionContext}: the OCPP thread and its timers as injected, so tests can run them virtually, and the
 * session's ports (settings, clock) served by this station.
 */
@Factory
class SessionContextFactory {

    @Singleton
    SessionContext sessionContext(@Named(OcppThread.NAME) ScheduledExecutorService thread,
                                  @Named(OcppThread.NAME) Scheduler scheduler, SettingsStore settings,
                                  StationClock clock, Clock systemClock, TransactionOutbox outbox,
                                  ConnectorStatusReport connectors, HandlersAtFirstConnect handlers,
                                  SecurityEvents securityEvents, ApplicationEventPublisher<OutboxAnswer> answers) {
        return new SessionContext(thread, scheduler, new ConnectionTimings(settings), new StationTime(clock),
                systemClock, outbox, connectors, handlers,
                new InvalidMessagesReporter(securityEvents, clock, systemClock), answers::publishEvent);
    }
}
