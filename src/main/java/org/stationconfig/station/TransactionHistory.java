package org.stationconfig.station;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stationconfig.station.api.TransactionListEntry;
import org.stationconfig.station.api.TransactionView;
import org.stationconfig.station.authorization.TagKey;
import org.stationconfig.station.hardware.ChargingHardware;
import org.stationconfig.station.tags.LocalTag;
import org.stationconfig.station.tags.LocalTags;
import org.stationconfig.station.transaction.TransactionJournal;
import org.stationconfig.station.transaction.TransactionRecord;

/** The station's transactions, newest first, with the local tag names they were made with (issue 14). */
@Singleton
public class TransactionHistory {

    private final StationThread thread;
    private final TransactionJournal journal;
    private final ChargingHardware hardware;
    private final LocalTags tags;

    TransactionHistory(StationThread thread, TransactionJournal journal, ChargingHardware hardware, LocalTags tags) {
        this.thread = thread;
        this.journal = journal;
        this.hardware = hardware;
        this.tags = tags;
    }

    /** Blocks the calling request thread briefly; never call it on the OCPP thread. */
    public List<TransactionListEntry> newest(int limit) {
        Map<String, String> names = tags.list().stream()
                .collect(Collectors.toMap(LocalTag::tagKey, LocalTag::name, (a, b) -> a));
        return thread.call(() -> journal.newest(limit).stream()
                .map(record -> TransactionListEntry.of(record.connectorId(), view(record),
                        names.get(TagKey.of(record.idTag()))))
                .toList());
    }

    private TransactionView view(TransactionRecord record) {
        int meterNow = record.active() ? (int) Math.round(hardware.read(record.connectorId()).energyWh())
                : record.meterStopWh();
        return TransactionView.of(record, meterNow);
    }
}
