package org.stationconfig.reliability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger of committed messages against what the central system received: which never arrived, how many arrived
 * more than once, and whether each transaction's messages first arrived in the order the station queued them.
 */
record DeliveryCheck(int committed, int delivered, List<String> missing, int duplicates, List<String> outOfOrder,
                     int transactions, int unmatched) {

    static DeliveryCheck of(List<OutboxLedger.Entry> ledger, List<String> receivedIdentities) {
        Map<String, Integer> firstArrival = new HashMap<>();
        Map<String, Integer> arrivals = new HashMap<>();
        for (int i = 0; i < receivedIdentities.size(); i++) {
            String identity = receivedIdentities.get(i);
            firstArrival.putIfAbsent(identity, i);
            arrivals.merge(identity, 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        int duplicates = 0;
        Map<String, List<OutboxLedger.Entry>> byTransaction = new LinkedHashMap<>();
        for (OutboxLedger.Entry entry : ledger) {
            int count = arrivals.getOrDefault(entry.identity(), 0);
            if (count == 0) {
                missing.add("outbox " + entry.outboxId() + " " + entry.identity());
            }
            duplicates += Math.max(0, count - 1);
            byTransaction.computeIfAbsent(String.valueOf(entry.localTransactionId()), key -> new ArrayList<>()).add(entry);
        }
        List<String> outOfOrder = new ArrayList<>();
        byTransaction.forEach((transaction, entries) -> {
            int previous = -1;
            for (OutboxLedger.Entry entry : entries) {
                Integer at = firstArrival.get(entry.identity());
                if (at == null) {
                    continue;
                }
                if (at < previous) {
                    outOfOrder.add("transaction " + transaction + ": " + entry.identity() + " arrived before a message queued earlier");
                }
                previous = Math.max(previous, at);
            }
        });
        java.util.Set<String> known = new java.util.HashSet<>();
        ledger.forEach(entry -> known.add(entry.identity()));
        int unmatched = (int) receivedIdentities.stream().distinct().filter(identity -> !known.contains(identity)).count();
        return new DeliveryCheck(ledger.size(), receivedIdentities.size(), missing, duplicates, outOfOrder,
                byTransaction.size(), unmatched);
    }
}
