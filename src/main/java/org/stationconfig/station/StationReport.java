package org.stationconfig.station;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsSnapshot;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.api.ChargePointInfo;
import org.stationconfig.station.api.ConnectorView;
import org.stationconfig.station.api.MeterValuesView;
import org.stationconfig.station.api.ReservationView;
import org.stationconfig.station.api.StationView;
import org.stationconfig.station.api.TransactionView;
import org.stationconfig.station.connector.ConnectorIndicator;
import org.stationconfig.station.connector.ConnectorStatus;
import org.stationconfig.station.connector.StatusNotifications;
import org.stationconfig.station.hardware.ChargingHardware;
import org.stationconfig.station.transaction.TransactionJournal;
import org.stationconfig.station.transaction.TransactionRecord;
import org.stationconfig.status.ConnectionStatus;
import org.stationconfig.status.ConnectionStatusService;

/** The station as the app sees it, read on the station thread so it is one consistent moment. */
@Singleton
public class StationReport {

    private final StationThread thread;
    private final Connectors connectors;
    private final StatusNotifications statuses;
    private final TransactionJournal journal;
    private final ChargingHardware hardware;
    private final SettingsStore settings;
    private final ConnectionStatusService connection;

    StationReport(StationThread thread, Connectors connectors, StatusNotifications statuses, TransactionJournal journal,
                  ChargingHardware hardware, SettingsStore settings, ConnectionStatusService connection) {
        this.thread = thread;
        this.connectors = connectors;
        this.statuses = statuses;
        this.journal = journal;
        this.hardware = hardware;
        this.settings = settings;
        this.connection = connection;
    }

    /** Blocks the calling request thread briefly; never call it on the OCPP thread. */
    public StationView station() {
        return thread.call(() -> new StationView(chargePoint(),
                connectors.all().stream().map(this::connector).toList()));
    }

    /** The transaction as it is now (energy so far while it runs). */
    public TransactionView transactionNow(TransactionRecord record) {
        return thread.call(() -> transaction(record));
    }

    /** One connector; empty when there is no such connector. */
    public Optional<ConnectorView> connector(int connectorId) {
        return thread.call(() -> connectors.find(connectorId).map(this::connector));
    }

    private ChargePointInfo chargePoint() {
        SettingsSnapshot s = settings.current();
        ConnectionStatus status = connection.current();
        ConnectorStatus station = statuses.held(0).status();
        return new ChargePointInfo(s.get(Setting.CHARGE_POINT_ID), s.get(Setting.CHARGE_POINT_VENDOR), s.get(Setting.CHARGE_POINT_MODEL),
                blankToNull(s.get(Setting.CHARGE_POINT_SERIAL_NUMBER)), blankToNull(s.get(Setting.CHARGE_BOX_SERIAL_NUMBER)),
                blankToNull(s.get(Setting.FIRMWARE_VERSION)), blankToNull(s.get(Setting.METER_TYPE)),
                blankToNull(s.get(Setting.METER_SERIAL_NUMBER)), connectors.all().size(), station, status.state(),
                status.registration(), status.lastHeartbeatAt(), status.indicator(),
                blankToNull(s.get(Setting.STATION_NAME)), blankToNull(s.get(Setting.STATION_COMMENT)), connectors.lastPresented());
    }

    private ConnectorView connector(Connector connector) {
        StatusNotifications.Held held = statuses.held(connector.id);
        TransactionView transaction = journal.latest(connector.id).map(this::transaction).orElse(null);
        return new ConnectorView(connector.id, held.status(), held.errorCode(), ConnectorIndicator.of(held.status()),
                !connector.inoperative, held.since(), connector.plugged, connector.offeredA, transaction,
                connector.lastMeterValue == null ? null : MeterValuesView.of(connector.lastMeterValue),
                connector.lastIdTag, connector.lastIdTagAt, connector.reservation == null ? null
                : new ReservationView(connector.reservation.reservationId(), connector.reservation.idTag(),
                        connector.reservation.expiryDate()),
                Math.round(hardware.read(connector.id).energyWh()));
    }

    /** A transaction as the app sees it; call it on the station thread (its energy is read from the meter). */
    TransactionView transaction(TransactionRecord record) {
        int meterNow = record.active() ? (int) Math.round(hardware.read(record.connectorId()).energyWh())
                : record.meterStopWh();
        return TransactionView.of(record, meterNow);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
