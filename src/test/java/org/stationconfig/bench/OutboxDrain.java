package org.stationconfig.bench;

import static org.awaitility.Awaitility.await;

import io.micronaut.context.env.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.outbox.MessageState;
import org.stationconfig.ocpp.outbox.TransactionOutbox;
import org.stationconfig.ocpp.v16.core.MeterValues;
import org.stationconfig.ocpp.v16.types.MeterValue;
import org.stationconfig.ocpp.v16.types.SampledValue;

/**
 * The durable outbox on the real SQLite file: MeterValues queued while OCPP is switched off, then the time from
 * switching it on to the last message answered and committed (reconnect without BootNotification, StatusNotifications,
 * then the queue one message at a time).
 */
final class OutboxDrain {

    /**
     * One round: how long queueing took, how long the same number of bare SQLite commits took right after (the fsync
     * floor), and how long the queue took to drain.
     */
    record Round(double enqueueSeconds, double floorSeconds, double drainSeconds) {
    }

    private static final long DRAIN_WITHIN_MINUTES = 5;

    private final BenchStation station;
    private final TransactionOutbox outbox;
    private final DeliveredMessages delivered;

    OutboxDrain(BenchStation station) {
        this.station = station;
        this.outbox = station.bean(TransactionOutbox.class);
        this.delivered = station.bean(DeliveredMessages.class);
    }

    /** Starts from an Accepted station and leaves it Accepted with an empty outbox. */
    Round run(int messages) {
        await().atMost(BenchStation.WITHIN).until(outbox::isEmpty);
        station.change(Map.of("enabled", false));
        await().atMost(BenchStation.WITHIN).until(() -> !station.bean(CentralSystem.class).online());

        long enqueueStart = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            outbox.enqueue(meterValues(i), null);
        }
        long enqueueEnd = System.nanoTime();
        double floorSeconds = fsyncFloorSeconds(messages, storedPayload());
        long queued = outbox.list(MessageState.QUEUED, 0, 1).total();
        if (queued != messages) {
            throw new IllegalStateException(messages + " MeterValues queued, the outbox holds " + queued);
        }

        CompletableFuture<Long> drained = delivered.expect(messages);
        long drainStart = System.nanoTime();
        station.change(Map.of("enabled", true));
        long drainEnd;
        try {
            drainEnd = drained.get(DRAIN_WITHIN_MINUTES, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the outbox did not drain: " + outbox.list(null, 0, 1), e);
        }
        if (!outbox.isEmpty()) {
            throw new IllegalStateException("messages answered but the outbox is not empty: " + outbox.list(null, 0, 1));
        }
        return new Round((enqueueEnd - enqueueStart) / 1e9, floorSeconds, (drainEnd - drainStart) / 1e9);
    }

    static Samples enqueueTimes(int messages, List<Round> rounds) {
        return new Samples("queue " + messages + " MeterValues (station offline)", "s",
                rounds.stream().map(Round::enqueueSeconds).toList());
    }

    static Samples enqueueFloorTimes(int messages, List<Round> rounds) {
        return new Samples("… fsync floor: " + messages + " bare SQLite inserts of the same row, one durable commit each",
                "s", rounds.stream().map(Round::floorSeconds).toList());
    }

    static Samples drainTimes(int messages, List<Round> rounds) {
        return new Samples("drain " + messages + " MeterValues (enabled → last answer committed)", "s",
                rounds.stream().map(Round::drainSeconds).toList());
    }

    private Path dataDir() {
        return Path.of(station.bean(Environment.class).getRequiredProperty("station.data-dir", String.class));
    }

    /** The payload text of a queued MeterValues as the outbox stores it. */
    private String storedPayload() {
        // a connection of its own: the station's DataSource hands out connections only inside its transactions
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir().resolve("station.db"));
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT payload FROM outbox_message LIMIT 1")) {
            if (!row.next()) {
                throw new IllegalStateException("no queued message to copy");
            }
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The floor of a durable enqueue: a bare JDBC loop on a SQLite file beside the station's (same file system, the
     * pragmas of application.yml's URL), committing one outbox-shaped row per transaction, without the station's code.
     */
    private double fsyncFloorSeconds(int rows, String payload) {
        Path file = dataDir().resolve("fsync-floor.db");
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file
                    + "?journal_mode=WAL&busy_timeout=5000&foreign_keys=true&synchronous=FULL&transaction_mode=IMMEDIATE")) {
                try (Statement schema = connection.createStatement()) {
                    schema.execute("CREATE TABLE outbox_message (id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL,"
                            + " payload TEXT NOT NULL, local_transaction_id TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL,"
                            + " enqueued_at INTEGER NOT NULL)");
                    schema.execute("CREATE INDEX outbox_message_state ON outbox_message (state, id)");
                }
                // the station's file has free pages from earlier rounds (a drained outbox): so has the floor's, or its
                // checkpoints would also be growing the file
                try (Statement grow = connection.createStatement()) {
                    grow.execute("BEGIN");
                    grow.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows
                            + ") INSERT INTO outbox_message (action, payload, state, attempts, enqueued_at)"
                            + " SELECT 'MeterValues', '" + payload.replace("'", "''") + "', 'QUEUED', 0, 0 FROM n");
                    grow.execute("DELETE FROM outbox_message");
                    grow.execute("COMMIT");
                }
                long start = System.nanoTime();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_message"
                        + " (action, payload, state, attempts, enqueued_at) VALUES ('MeterValues', ?, 'QUEUED', 0, ?)")) {
                    for (int i = 0; i < rows; i++) {
                        insert.setString(1, payload);
                        insert.setLong(2, System.currentTimeMillis());
                        insert.executeUpdate();
                    }
                }
                return (System.nanoTime() - start) / 1e9;
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the station queues a sample taken offline (cf. the outbox tests' Payloads.meter). */
    private static MeterValues.Request meterValues(int wh) {
        return new MeterValues.Request(1, null, List.of(new MeterValue(Instant.parse("2026-01-10T08:01:00Z"),
                List.of(SampledValue.of(String.valueOf(wh))))));
    }
}
