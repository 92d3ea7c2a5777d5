package org.stationconfig.station.transaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits StopTransaction.transactionData into StopTransactionMaxMeterValues (errata 3.89): intermediate values may be
 * dropped, never the first (start) or the last (stop). The values kept are spread evenly over the transaction.
 */
public final class TransactionData {

    private TransactionData() {
    }

    public static <T> List<T> thin(List<T> values, int max) {
        if (values.size() <= Math.max(max, 2)) {
            return List.copyOf(values);
        }
        int middle = Math.max(max, 2) - 2;
        List<T> kept = new ArrayList<>(middle + 2);
        kept.add(values.get(0));
        int inner = values.size() - 2;
        for (int i = 0; i < middle; i++) {
            // evenly spaced picks among the inner values 1..size-2
            kept.add(values.get(1 + (int) ((long) i * inner / middle)));
        }
        kept.add(values.get(values.size() - 1));
        return kept;
    }
}
