package org.stationconfig.ocpp.outbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which MeterValues to drop when the queue is at its cap. The rule, deterministic so that a test and an installer
 * can predict it:
 * <ol>
 *   <li>Only queued MeterValues are candidates: never StartTransaction, StopTransaction, SecurityEventNotification,
 *       the message in flight, or a parked message.</li>
 *   <li>Within a transaction (same local transaction id) the oldest and the newest stored MeterValues are kept;
 *       the ones in between are intermediate. MeterValues outside a transaction are all intermediate.</li>
 *   <li>Of each transaction's intermediate MeterValues, every second one is dropped, starting with the oldest, so
 *       the sampling rate halves and the values left stay evenly spread.</li>
 *   <li>Those picks are dropped oldest first (lowest queue position), at most {@code wanted} of them.</li>
 * </ol>
 * A later round applies the same rule to what is left, halving the rate again.
 */
final class MeterValuesThinning {

    private MeterValuesThinning() {
    }

    /** @param meterValues every stored MeterValues, oldest first */
    static List<Long> pick(List<MeterValuesRef> meterValues, int wanted) {
        Map<Optional<String>, List<MeterValuesRef>> byTransaction = new LinkedHashMap<>();
        for (MeterValuesRef ref : meterValues) {
            byTransaction.computeIfAbsent(Optional.ofNullable(ref.localTransactionId()), key -> new ArrayList<>()).add(ref);
        }
        List<Long> picks = new ArrayList<>();
        byTransaction.forEach((transaction, refs) -> {
            List<MeterValuesRef> intermediate = transaction.isPresent() && refs.size() > 2
                    ? refs.subList(1, refs.size() - 1)
                    : transaction.isPresent() ? List.of() : refs;
            List<MeterValuesRef> queued = intermediate.stream().filter(ref -> ref.state() == MessageState.QUEUED).toList();
            for (int i = 0; i < queued.size(); i += 2) {
                picks.add(queued.get(i).id());
            }
        });
        return picks.stream().sorted(Comparator.naturalOrder()).limit(Math.max(0, wanted)).toList();
    }
}
