package org.stationconfig.ocpp.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.connection.ConnectionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The unforced hand-out commit must not leave a pooled connection with a weaker safety level or an open transaction. */
class UnforcedCommitsTest {

    private static final int NORMAL = 1;
    private static final int FULL = 2;

    private OutboxStation station;
    private UnforcedCommits writes;
    private ConnectionOperations<Connection> connections;
    private OutboxMessageRepository messages;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void bootStation() {
        station = OutboxStation.start();
        writes = station.context().getBean(UnforcedCommits.class);
        connections = station.context().getBean(ConnectionOperations.class);
        messages = station.context().getBean(OutboxMessageRepository.class);
    }

    @AfterEach
    void stopStation() {
        station.close();
    }

    private static int synchronous(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA synchronous")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** The SQLite connection behind the pool's proxy, which is closed once handed back. */
    private static Connection raw(Connection pooled) {
        try {
            return pooled.unwrap(org.sqlite.SQLiteConnection.class);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private OutboxMessage message() {
        return new OutboxMessage(null, "MeterValues", "{}", null, MessageState.QUEUED, 0, Instant.EPOCH, null, null,
                null, null);
    }

    @Test
    void theHandOutCommitsUnforcedAndGivesTheConnectionBackAsItWas() throws SQLException {
        AtomicReference<Connection> used = new AtomicReference<>();
        long saved = writes.commitUnforced(() -> {
            Connection connection = connections.getConnectionStatus().getConnection();
            used.set(raw(connection));
            try {
                assertEquals(NORMAL, synchronous(connection));
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            return messages.save(message()).id();
        });

        assertTrue(messages.findById(saved).isPresent());
        assertEquals(FULL, synchronous(used.get()));
        assertTrue(used.get().getAutoCommit());
    }

    @Test
    void aFailedUnforcedCommitsNothing() throws SQLException {
        AtomicReference<Connection> used = new AtomicReference<>();
        assertThrows(IllegalStateException.class, () -> writes.commitUnforced(() -> {
            used.set(raw(connections.getConnectionStatus().getConnection()));
            messages.save(message());
            throw new IllegalStateException("failed half-way");
        }));

        assertEquals(0, messages.count(), "the repository wrote inside the hand-out transaction, which rolled back");
        assertEquals(FULL, synchronous(used.get()));
        assertTrue(used.get().getAutoCommit());
    }
}
