package org.stationconfig.ocpp.outbox;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * Commits without waiting for the disk: SQLite {@code synchronous=NORMAL} for that one commit. In WAL mode such a
 * commit survives a crash of the process (kill -9 included: the WAL write is in the operating system's cache); only
 * a power cut or an OS crash can take it back, and the next FULL commit (or checkpoint) syncs it. The outbox uses it
 * where losing the write to a power cut costs at most a resend, never a message: the IN_FLIGHT mark of a hand-out (a
 * restart turns IN_FLIGHT back into QUEUED anyway) and the deletion of most answered messages
 * ({@link AnswerSync}). It removes the fsyncs that otherwise bound the drain of a long queue (measured before: one
 * per answer, 0.3 ms on a quiet disk to 4 ms median on the shared 2-core machine).
 */
@Singleton
class UnforcedCommits {

    private final ConnectionOperations<Connection> connections;

    UnforcedCommits(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    <R> R commitUnforced(Supplier<R> work) {
        return connections.executeWrite(status -> {
            Connection connection = status.getConnection();
            // the safety level can only change outside a transaction, so this one is run by hand on the connection
            String configured = synchronous(connection);
            setSynchronous(connection, "NORMAL");
            try {
                connection.setAutoCommit(false);
                R result = work.get();
                connection.commit();
                return result;
            } catch (SQLException e) {
                IllegalStateException failure = new IllegalStateException("unforced commit failed", e);
                rollback(connection, failure);
                throw failure;
            } catch (RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                endTransaction(connection);
                setSynchronous(connection, configured);
            }
        });
    }

    private static void rollback(Connection connection, RuntimeException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void endTransaction(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot end the unforced transaction", e);
        }
    }

    private static String synchronous(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA synchronous")) {
            return result.next() ? String.valueOf(result.getInt(1)) : "FULL";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read PRAGMA synchronous", e);
        }
    }

    private static void setSynchronous(Connection connection, String level) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA synchronous = " + level);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set PRAGMA synchronous", e);
        }
    }
}
