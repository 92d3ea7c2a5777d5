package org.stationconfig.events;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.stationconfig.connection.ConnectionChanged;
import org.stationconfig.settings.SettingsChanged;
import org.stationconfig.station.TransactionChanged;
import org.stationconfig.station.connector.ConnectorStatusChanged;
import org.stationconfig.station.tags.TagLearning;
import org.stationconfig.status.ConnectionStatusService;

/**
 * Turns connection, settings, connector and transaction changes, and tags captured by learn mode, into live events;
 * the status event carries the whole status.
 */
@Singleton
public class LiveEventSources {

    /** Which settings changed and by whom; the app re-reads them (values may be secret). */
    @Serdeable
    public record SettingsChange(List<String> keys, String source, String principal, long version) {
    }

    private final ApplicationEventPublisher<LiveEvent> publisher;
    private final ConnectionStatusService status;
    private final Clock clock;

    public LiveEventSources(ApplicationEventPublisher<LiveEvent> publisher, ConnectionStatusService status, Clock clock) {
        this.publisher = publisher;
        this.status = status;
        this.clock = clock;
    }

    @EventListener
    void connection(ConnectionChanged change) {
        publisher.publishEvent(new LiveEvent("status", clock.instant(), status.current()));
    }

    @EventListener
    void connector(ConnectorStatusChanged change) {
        publisher.publishEvent(new LiveEvent("connector", clock.instant(), change));
    }

    @EventListener
    void transaction(TransactionChanged change) {
        publisher.publishEvent(new LiveEvent("transaction", clock.instant(), change));
    }

    @EventListener
    void settings(SettingsChanged change) {
        publisher.publishEvent(new LiveEvent("settings", clock.instant(), new SettingsChange(
                change.keys().stream().sorted().toList(), change.actor().source().label(), change.actor().name(),
                change.after().version())));
    }

    @EventListener
    void tagCaptured(TagLearning.Captured captured) {
        publisher.publishEvent(new LiveEvent("localTagCaptured", captured.at(), captured));
    }
}
