package org.stationconfig.reliability;

import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.core.MeterValue;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ground truth of what the station committed to deliver: a trigger, added to the station's own SQLite file by
 * the test (no production code involved), copies every row inserted into {@code outbox_message} in the same
 * transaction as the insert. So a message is in the ledger exactly when the station's enqueue committed, whatever
 * happens to the process after.
 */
final class OutboxLedger {

    /** One committed transaction message, identified by what the central system sees of it. */
    record Entry(long outboxId, String action, String identity, String localTransactionId) {
    }

    static final Set<String> TRANSACTION_MESSAGES = Set.of("StartTransaction", "StopTransaction", "MeterValues");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private OutboxLedger() {
    }

    static void install(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database + "?busy_timeout=10000");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS proof_ledger (outbox_id INTEGER PRIMARY KEY, action TEXT NOT NULL,"
                    + " payload TEXT NOT NULL, local_transaction_id TEXT)");
            statement.execute("CREATE TRIGGER IF NOT EXISTS proof_ledger_copy AFTER INSERT ON outbox_message BEGIN"
                    + " INSERT INTO proof_ledger VALUES (NEW.id, NEW.action, NEW.payload, NEW.local_transaction_id); END");
        }
    }

    /** The committed transaction messages in enqueue order. */
    static List<Entry> read(Path database) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database + "?busy_timeout=10000");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT outbox_id, action, payload, local_transaction_id FROM proof_ledger ORDER BY outbox_id")) {
            while (rows.next()) {
                String action = rows.getString(2);
                if (TRANSACTION_MESSAGES.contains(action)) {
                    entries.add(new Entry(rows.getLong(1), action, identity(action, payload(rows.getString(3))),
                            rows.getString(4)));
                }
            }
        }
        return entries;
    }

    private static Map<String, Object> payload(String json) {
        try {
            return JSON.readValue(json, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String identity(String action, Map<String, Object> payload) {
        return switch (action) {
            case "StartTransaction" -> start(((Number) payload.get("connectorId")).intValue(),
                    Instant.parse((String) payload.get("timestamp")), (String) payload.get("idTag"));
            case "StopTransaction" -> stop(Instant.parse((String) payload.get("timestamp")),
                    ((Number) payload.get("meterStop")).intValue());
            default -> {
                Map<String, Object> first = ((List<Map<String, Object>>) payload.get("meterValue")).get(0);
                Map<String, Object> sampled = ((List<Map<String, Object>>) first.get("sampledValue")).get(0);
                yield meterValues(((Number) payload.get("connectorId")).intValue(),
                        Instant.parse((String) first.get("timestamp")), (String) sampled.get("value"),
                        (String) sampled.get("context"));
            }
        };
    }

    /** The identity of a request the central system received, or null for other messages. */
    static String identity(Request request) {
        if (request instanceof StartTransactionRequest start) {
            return start(start.getConnectorId(), start.getTimestamp().toInstant(), start.getIdTag());
        }
        if (request instanceof StopTransactionRequest stop) {
            return stop(stop.getTimestamp().toInstant(), stop.getMeterStop());
        }
        if (request instanceof MeterValuesRequest meterValues) {
            MeterValue first = meterValues.getMeterValue()[0];
            return meterValues(meterValues.getConnectorId(), first.getTimestamp().toInstant(),
                    first.getSampledValue()[0].getValue(), first.getSampledValue()[0].getContext());
        }
        return null;
    }

    private static String start(int connectorId, Instant at, String idTag) {
        return "StartTransaction|" + connectorId + "|" + at.truncatedTo(ChronoUnit.MILLIS) + "|" + idTag;
    }

    private static String stop(Instant at, int meterStop) {
        return "StopTransaction|" + at.truncatedTo(ChronoUnit.MILLIS) + "|" + meterStop;
    }

    private static String meterValues(int connectorId, Instant at, String value, String context) {
        return "MeterValues|" + connectorId + "|" + at.truncatedTo(ChronoUnit.MILLIS) + "|" + value + "|"
                + (context == null ? "Sample.Periodic" : context);
    }
}
