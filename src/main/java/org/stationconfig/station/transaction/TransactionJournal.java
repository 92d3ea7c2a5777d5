package org.stationconfig.station.transaction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.rpc.OcppRequest;
import org.stationconfig.settings.Setting;
import org.stationconfig.settings.SettingsStore;
import org.stationconfig.station.authorization.TagStatus;
import org.stationconfig.station.metering.MeterSample;
import org.stationconfig.station.ocpp.TransactionWire;

/**
 * Transactions in SQLite and their messages in the outbox (SPEC §5). Each message is queued after the row that
 * says it is due is committed; the message and the row's *_queued flag commit together, so a restart finds either
 * both (nothing to do) or neither (queued now): a Start or Stop is never queued twice. Runs on the station thread.
 */
@Singleton
public class TransactionJournal {

    /** StopTransaction needs a transactionId; until the central system gave one the outbox patches this one. */
    static final int PLACEHOLDER_ID = -1;

    private final TransactionRepository transactions;
    private final TransactionSampleRepository samples;
    private final TransactionOutbox outbox;
    private final SettingsStore settings;

    public TransactionJournal(TransactionRepository transactions, TransactionSampleRepository samples,
                              TransactionOutbox outbox, SettingsStore settings) {
        this.transactions = transactions;
        this.samples = samples;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * Stores a new transaction and queues its StartTransaction; without a configured central system it stays local.
     *
     * @param reservationId the reservation this start ended (S16 §5.13), null when none
     */
    public TransactionRecord open(int connectorId, String idTag, @Nullable String parentIdTag,
                                  @Nullable Integer reservationId, int meterStartWh, Instant at) {
        TransactionRecord opened = transactions.save(new TransactionRecord(UUID.randomUUID().toString(), connectorId,
                idTag, parentIdTag, meterStartWh, at, false, null, null, meterStartWh, at, null, null, null, null, false,
                reservationId, !CentralSystemConfigured.in(settings.current())));
        return queueStart(opened);
    }

    private TransactionRecord queueStart(TransactionRecord record) {
        if (record.localOnly()) {
            return transactions.update(record.withStartQueued()); // nothing to send, now or after a restart
        }
        return enqueueWith(TransactionWire.start(record), record.localId(),
                () -> transactions.update(record.withStartQueued()));
    }

    /** Queues a MeterValues of the transaction; before the central system gave an id, the outbox adds it later. */
    public void meterValues(TransactionRecord record, MeterSample value) {
        if (record.localOnly()) {
            return;
        }
        enqueue(TransactionWire.meterValues(record.connectorId(), record.serverId(), value), record.localId());
    }

    /** Queues a MeterValues outside any transaction (clock-aligned data of an idle connector). */
    public void meterValues(int connectorId, MeterSample value) {
        enqueue(TransactionWire.meterValues(connectorId, null, value), null);
    }

    /** Keeps a value for StopTransaction.transactionData. */
    public void keepForStop(TransactionRecord record, MeterSample value) {
        if (record.localOnly()) {
            return; // no StopTransaction will carry it
        }
        samples.save(new TransactionSample(null, record.localId(), TransactionWire.kept(value)));
    }

    public TransactionRecord seen(TransactionRecord record, int meterWh, Instant at) {
        return transactions.update(record.seen(meterWh, at));
    }

    /** Ends the transaction and queues its StopTransaction with the kept values. */
    public TransactionRecord close(TransactionRecord record, int meterStopWh, Instant at, StopReason reason,
                                   @Nullable String stopIdTag) {
        return queueStop(transactions.update(current(record).stopped(meterStopWh, at, reason, stopIdTag)));
    }

    private TransactionRecord queueStop(TransactionRecord stopped) {
        if (stopped.localOnly()) {
            return transactions.update(stopped.withStopQueued());
        }
        List<String> kept = new ArrayList<>();
        for (TransactionSample sample : samples.findByLocalTransactionIdOrderById(stopped.localId())) {
            kept.add(sample.meterValue());
        }
        OcppRequest<?> stop = TransactionWire.stop(stopped, stopped.serverId() == null ? PLACEHOLDER_ID
                : stopped.serverId(), kept, settings.current().get(Setting.STOP_TRANSACTION_MAX_METER_VALUES));
        return enqueueWith(stop, stopped.localId(), () -> {
            TransactionRecord queued = transactions.update(stopped.withStopQueued());
            samples.deleteByLocalTransactionId(stopped.localId());
            return queued;
        });
    }

    /** StartTransaction was answered: remember the central system's id and verdict. */
    public Optional<TransactionRecord> answered(String localId, @Nullable Integer serverId, TagStatus status) {
        return transactions.findById(localId).map(record -> transactions.update(record.answered(serverId, status)));
    }

    public List<TransactionRecord> open() {
        return transactions.findByStoppedAtIsNullOrderByStartedAt();
    }

    /** The newest {@code limit} transactions, newest first. */
    public List<TransactionRecord> newest(int limit) {
        return transactions.listOrderByStartedAtDesc(Pageable.from(0, limit));
    }

    public Optional<TransactionRecord> latest(int connectorId) {
        return transactions.findFirstByConnectorIdOrderByStartedAtDesc(connectorId);
    }

    /**
     * After a restart: queues what a crash kept from the outbox and stops every transaction that was still open with
     * reason PowerLoss, at its last sampled meter value and time (S16 §4.10).
     *
     * @return the transactions stopped here
     */
    public List<TransactionRecord> recoverAfterRestart() {
        List<TransactionRecord> stopped = new ArrayList<>();
        for (TransactionRecord record : transactions.findByStartQueuedFalseOrStopQueuedFalseOrderByStartedAt()) {
            TransactionRecord current = record.startQueued() ? record : queueStart(record);
            if (current.active()) {
                stopped.add(close(current, current.lastMeterWh(), current.lastSeenAt(), StopReason.PowerLoss,
                        null));
            } else if (!current.stopQueued()) {
                queueStop(current);
            }
        }
        return stopped;
    }

    private TransactionRecord current(TransactionRecord record) {
        return transactions.findById(record.localId()).orElse(record);
    }

    private void enqueue(OcppRequest<?> request, @Nullable String localTransactionId) {
        outbox.enqueue(request, localTransactionId);
    }

    /** Queues the message and runs {@code together} in one SQLite transaction: both commit or neither. */
    private <T> T enqueueWith(OcppRequest<?> request, String localTransactionId, Supplier<T> together) {
        return outbox.enqueueWith(request, localTransactionId, together);
    }
}
