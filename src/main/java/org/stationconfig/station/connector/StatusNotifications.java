package org.stationconfig.station.connector;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.clock.StationClock;
import org.stationconfig.hardware.StationProperties;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.rpc.Scheduler;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.StationThread;
import org.stationconfig.station.ocpp.ConnectorStatusWire;

/**
 * Tells the central system about every connector status change (S16 §4.9), once the status has held for
 * MinimumStatusDuration. Offline nothing is sent: after reconnecting the session reports the current statuses
 * through {@link #statuses}. {@link #update} runs on the station thread; {@link #statuses} on the OCPP thread.
 * The OCPP 1.6 messages are made in {@code station.ocpp}.
 */
@Singleton
public class StatusNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(StatusNotifications.class);

    /** A status and since when it holds (the notification's timestamp). */
    public record Held(ConnectorStatus status, ConnectorFault errorCode, Instant since) {

        boolean sameAs(Held other) {
            return other != null && status == other.status && errorCode == other.errorCode;
        }
    }

    // cycle: ConnectionSupervisor -> SessionContext -> StatusNotificationReport -> StatusNotifications -> CentralSystem
    private final Provider<CentralSystem> centralSystem;
    private final SettingsStore settings;
    private final StationClock clock;
    private final Scheduler scheduler;
    private final ApplicationEventPublisher<ConnectorStatusChanged> events;
    private final Map<Integer, Held> current = new ConcurrentHashMap<>();
    private final Map<Integer, Held> sent = new HashMap<>();
    private final Map<Integer, Scheduler.Cancellable> waiting = new HashMap<>();

    public StatusNotifications(StationProperties station, Provider<CentralSystem> centralSystem, SettingsStore settings,
                               StationClock clock, StationThread thread,
                               ApplicationEventPublisher<ConnectorStatusChanged> events) {
        this.centralSystem = centralSystem;
        this.settings = settings;
        this.clock = clock;
        this.scheduler = thread;
        this.events = events;
        Instant now = clock.now();
        for (int id = 0; id <= station.connectors(); id++) {
            Held available = new Held(ConnectorStatus.Available, ConnectorFault.NoError, now);
            current.put(id, available);
            sent.put(id, available); // what the session reports after BootNotification
        }
    }

    /** The connector's status is now this; notifies the central system once it has held long enough. */
    public void update(int connectorId, ConnectorStatus status, ConnectorFault errorCode) {
        Held now = new Held(status, errorCode, clock.now().truncatedTo(ChronoUnit.MILLIS));
        if (now.sameAs(current.get(connectorId))) {
            return;
        }
        current.put(connectorId, now);
        events.publishEvent(new ConnectorStatusChanged(connectorId, status, errorCode, now.since()));
        Scheduler.Cancellable previous = waiting.remove(connectorId);
        if (previous != null) {
            previous.cancel();
        }
        int minimum = settings.current().get(Setting.MINIMUM_STATUS_DURATION);
        if (minimum <= 0) {
            send(connectorId);
        } else {
            // MinimumStatusDuration: a status that does not hold this long is never reported
            waiting.put(connectorId, scheduler.schedule(Duration.ofSeconds(minimum), () -> send(connectorId)));
        }
    }

    public Held held(int connectorId) {
        return current.get(connectorId);
    }

    private void send(int connectorId) {
        waiting.remove(connectorId);
        Held held = current.get(connectorId);
        if (held.sameAs(sent.get(connectorId))) {
            return; // it changed and changed back within MinimumStatusDuration
        }
        sent.put(connectorId, held);
        if (!centralSystem.get().online()) {
            return;
        }
        centralSystem.get().call(ConnectorStatusWire.request(connectorId, held.status(), held.errorCode(), held.since()))
                .exceptionally(error -> {
                    LOG.debug("StatusNotification for connector {} not delivered: {}", connectorId, error.toString());
                    return null;
                });
    }

    /** Every connector's status now, by connector id (0 = the station). */
    public SortedMap<Integer, Held> statuses() {
        return new TreeMap<>(current);
    }
}
