package org.stationconfig.station;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stationconfig.station.api.TransactionListEntry;
import org.stationconfig.station.authorization.TagKey;
import org.stationconfig.station.tags.LocalTag;
import org.stationconfig.station.tags.LocalTags;
import org.stationconfig.station.transaction.TransactionJournal;

/** The station's transactions, newest first, with the local tag names they were made with (issue 14). */
@Singleton
public class TransactionHistory {

    private final StationThread thread;
    private final TransactionJournal journal;
    private final StationReport report;
    private final LocalTags tags;

    TransactionHistory(StationThread thread, TransactionJournal journal, StationReport report, LocalTags tags) {
        this.thread = thread;
        this.journal = journal;
        this.report = report;
        this.tags = tags;
    }

    /** Blocks the calling request thread briefly; never call it on the OCPP thread. */
    public List<TransactionListEntry> newest(int limit) {
        Map<String, String> names = tags.list().stream()
                .collect(Collectors.toMap(LocalTag::tagKey, LocalTag::name, (a, b) -> a));
        return thread.call(() -> journal.newest(limit).stream()
                .map(record -> TransactionListEntry.of(record.connectorId(), report.transaction(record),
                        names.get(TagKey.of(record.idTag()))))
                .toList());
    }
}
