package org.stationconfig.firmware;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.station.Availability;
import org.stationconfig.station.AvailabilityChange;
import org.stationconfig.station.RemoteControl;
import org.stationconfig.station.StationReport;
import org.stationconfig.station.TransactionChanged;
import org.stationconfig.station.api.ConnectorView;

/**
 * The install window on the station model, through its public API: ChangeAvailability as the central system would
 * send it (Inoperative is Scheduled on a connector with a transaction and applies when it ends), and the station's
 * report of running transactions, checked again whenever one stops. Connectors that an operator had already made
 * Unavailable are left alone and stay so afterwards.
 */
@Singleton
class StationInstallWindow implements InstallWindow {

    private static final Logger LOG = LoggerFactory.getLogger(StationInstallWindow.class);
    private static final long STATION_ANSWER_SECONDS = 10;

    private final RemoteControl remote;
    private final StationReport report;
    private final List<CompletableFuture<Void>> waiting = new CopyOnWriteArrayList<>();

    StationInstallWindow(RemoteControl remote, StationReport report) {
        this.remote = remote;
        this.report = report;
    }

    @Override
    public List<Integer> closeConnectors() {
        List<Integer> closed = new ArrayList<>();
        for (ConnectorView connector : report.station().connectors()) {
            if (connector.available()) {
                AvailabilityChange status = change(connector.id(), Availability.Inoperative);
                LOG.info("Connector {} out of service for the firmware installation ({})", connector.id(), status);
                closed.add(connector.id());
            }
        }
        return closed;
    }

    @Override
    public CompletableFuture<Void> noTransactionRunning() {
        CompletableFuture<Void> idle = new CompletableFuture<>();
        waiting.add(idle);
        check();
        return idle;
    }

    @Override
    public void reopen(List<Integer> connectorIds) {
        connectorIds.forEach(id -> change(id, Availability.Operative));
    }

    /** Published on the station thread when a transaction stops; the report reads there without waiting. */
    @EventListener
    void transactionChanged(TransactionChanged change) {
        if (!change.active() && !waiting.isEmpty()) {
            check();
        }
    }

    private void check() {
        boolean running = report.station().connectors().stream()
                .anyMatch(c -> c.transaction() != null && c.transaction().active());
        if (!running) {
            waiting.forEach(idle -> idle.complete(null));
            waiting.removeIf(CompletableFuture::isDone);
        }
    }

    private AvailabilityChange change(int connectorId, Availability type) {
        return remote.changeAvailability(connectorId, type).orTimeout(STATION_ANSWER_SECONDS, TimeUnit.SECONDS).join();
    }
}
