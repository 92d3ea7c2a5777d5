package org.stationconfig.station.ocpp;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.CallHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.core.DataTransfer.DataTransferStatus;
import org.stationconfig.ocpp.v16.core.DataTransfer;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;

/**
 * DataTransfer from the central system (S16 §5.6). The station has no vendor extensions: its own vendor id
 * (chargePointVendor, compared as the CiString it is) gets UnknownMessageId, any other vendor UnknownVendorId.
 */
@Singleton
public class DataTransferHandler implements OcppHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DataTransferHandler.class);

    private final SettingsStore settings;

    public DataTransferHandler(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(DataTransfer.ACTION, CallHandler.sync(this::answer));
    }

    private DataTransfer.Response answer(DataTransfer.Request request) {
        boolean ours = request.vendorId().equalsIgnoreCase(settings.current().get(Setting.CHARGE_POINT_VENDOR));
        DataTransferStatus status = ours ? DataTransferStatus.UnknownMessageId : DataTransferStatus.UnknownVendorId;
        LOG.info("DataTransfer from the central system answered {}", status);
        return new DataTransfer.Response(status, null);
    }
}
