package org.stationconfig.station.ocpp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.ocpp.rpc.PayloadReader;
import org.stationconfig.ocpp.rpc.PayloadWriter;
import org.stationconfig.ocpp.v16.core.MeterValues;
import org.stationconfig.ocpp.v16.core.StartTransaction;
import org.stationconfig.ocpp.v16.core.StopTransaction;
import org.stationconfig.ocpp.v16.types.MeterValue;
import org.stationconfig.station.authorization.TagVerdict;
import org.stationconfig.station.metering.MeterSample;
import org.stationconfig.station.transaction.StopReason;
import org.stationconfig.station.transaction.TransactionData;
import org.stationconfig.station.transaction.TransactionRecord;

/**
 * A transaction's OCPP 1.6 messages (S16 §4.8, §4.7, §4.10), typed for the outbox, and the answers it hands back. The samples kept for
 * StopTransaction.transactionData are stored as OCPP 1.6 MeterValue JSON, as they always were.
 */
public final class TransactionWire {

    private static final PayloadWriter WRITER = new PayloadWriter();
    private static final PayloadReader READER = new PayloadReader();

    /** StartTransaction.conf: the central system's id for the transaction and its verdict on the tag. */
    public record StartAnswer(@Nullable Integer transactionId, TagVerdict verdict) {
    }

    /** StopTransaction.conf's verdict on the tag that stopped the transaction. */
    public record StopAnswer(String idTag, TagVerdict verdict) {
    }

    private TransactionWire() {
    }

    /** @return empty when the answer is not to a StartTransaction */
    public static Optional<StartAnswer> startAnswer(Object response) {
        if (!(response instanceof StartTransaction.Response answer)) {
            return Optional.empty();
        }
        return Optional.of(new StartAnswer(answer.transactionId(), AuthorizationWire.fromWire(answer.idTagInfo())));
    }

    /** @return empty when the answer is not to a StopTransaction, or it carries no verdict on a stopping tag */
    public static Optional<StopAnswer> stopAnswer(JsonNode payload, Object response) {
        if (!(response instanceof StopTransaction.Response answer) || answer.idTagInfo() == null) {
            return Optional.empty();
        }
        StopTransaction.Request request = READER.read(payload, StopTransaction.Request.class);
        if (request.idTag() == null) {
            return Optional.empty();
        }
        return Optional.of(new StopAnswer(request.idTag(), AuthorizationWire.fromWire(answer.idTagInfo())));
    }

    public static StartTransaction.Request start(TransactionRecord record) {
        return new StartTransaction.Request(record.connectorId(), record.idTag(), record.meterStartWh(),
                record.reservationId(), record.startedAt());
    }

    /** @param transactionId null outside a transaction, or before the central system gave one (the outbox adds it) */
    public static MeterValues.Request meterValues(int connectorId, @Nullable Integer transactionId, MeterSample sample) {
        return new MeterValues.Request(connectorId, transactionId, List.of(MeterValueWire.toWire(sample)));
    }

    /** A sample kept for StopTransaction.transactionData, as stored. */
    public static String kept(MeterSample sample) {
        return JsonText.write(WRITER.write(MeterValueWire.toWire(sample)));
    }

    /**
     * @param kept          the stored samples, oldest first, thinned to {@code maxValues} (errata 3.89)
     * @param transactionId the central system's id, or the placeholder the outbox replaces
     */
    public static StopTransaction.Request stop(TransactionRecord stopped, int transactionId, List<String> kept, int maxValues) {
        List<MeterValue> values = new ArrayList<>();
        for (String json : kept) {
            values.add(READER.read(parse(json), MeterValue.class));
        }
        List<MeterValue> data = TransactionData.thin(values, maxValues);
        return new StopTransaction.Request(stopped.stopIdTag(), stopped.meterStopWh(), stopped.stoppedAt(), transactionId,
                stopped.stopReason() == null ? null : toWire(stopped.stopReason()), data.isEmpty() ? null : data);
    }

    public static StopTransaction.Reason toWire(StopReason reason) {
        return switch (reason) {
            case EmergencyStop -> StopTransaction.Reason.EmergencyStop;
            case EVDisconnected -> StopTransaction.Reason.EVDisconnected;
            case HardReset -> StopTransaction.Reason.HardReset;
            case Local -> StopTransaction.Reason.Local;
            case Other -> StopTransaction.Reason.Other;
            case PowerLoss -> StopTransaction.Reason.PowerLoss;
            case Reboot -> StopTransaction.Reason.Reboot;
            case Remote -> StopTransaction.Reason.Remote;
            case SoftReset -> StopTransaction.Reason.SoftReset;
            case UnlockCommand -> StopTransaction.Reason.UnlockCommand;
            case DeAuthorized -> StopTransaction.Reason.DeAuthorized;
        };
    }

    public static StopReason fromWire(StopTransaction.Reason reason) {
        return switch (reason) {
            case EmergencyStop -> StopReason.EmergencyStop;
            case EVDisconnected -> StopReason.EVDisconnected;
            case HardReset -> StopReason.HardReset;
            case Local -> StopReason.Local;
            case Other -> StopReason.Other;
            case PowerLoss -> StopReason.PowerLoss;
            case Reboot -> StopReason.Reboot;
            case Remote -> StopReason.Remote;
            case SoftReset -> StopReason.SoftReset;
            case UnlockCommand -> StopReason.UnlockCommand;
            case DeAuthorized -> StopReason.DeAuthorized;
        };
    }

    private static io.micronaut.json.tree.JsonNode parse(String json) {
        try {
            return JsonText.parse(json);
        } catch (IOException e) {
            throw new IllegalStateException("a kept meter value is not JSON", e);
        }
    }
}
