package org.stationconfig.connection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The connection settings that worked last, one row per value: whatever the catalog declares a connection setting
 * is kept without a schema change (SPEC §3).
 */
@Singleton
class LastKnownGood {

    private final GoodConnectionValueRepository values;
    private final TransactionOperations<Connection> transactions;

    LastKnownGood(GoodConnectionValueRepository values, TransactionOperations<Connection> transactions) {
        this.values = values;
        this.transactions = transactions;
    }

    /** Null before any connection worked (first commissioning). */
    @Nullable
    ConnectionParameters read() {
        Map<String, String> settings = new LinkedHashMap<>();
        String certificate = null;
        boolean any = false;
        for (GoodConnectionValue row : values.findAll()) {
            any = true;
            if (row.key().equals(ConnectionParameters.STATION_CERTIFICATE)) {
                certificate = row.value();
            } else {
                settings.put(row.key(), row.value());
            }
        }
        return any ? new ConnectionParameters(settings, certificate) : null;
    }

    /** Keeps {@code good}, and what {@code alongside} writes, in one transaction: together or not at all. */
    <T> T keep(ConnectionParameters good, Supplier<T> alongside) {
        return transactions.executeWrite(status -> {
            replace(good);
            return alongside.get();
        });
    }

    private void replace(ConnectionParameters good) {
        List<GoodConnectionValue> rows = new ArrayList<>();
        good.settings().forEach((key, value) -> rows.add(new GoodConnectionValue(key, value)));
        if (good.stationCertificate() != null) {
            rows.add(new GoodConnectionValue(ConnectionParameters.STATION_CERTIFICATE, good.stationCertificate()));
        }
        values.deleteAll();
        values.saveAll(rows);
    }
}
