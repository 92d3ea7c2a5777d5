package org.stationconfig.auth;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the real SQLite database refuse audit lines of one event (a trigger that aborts the insert), to prove that
 * the write the line belongs to is rolled back with it. Closing it drops the trigger.
 */
public final class InjectedAuditFailure implements AutoCloseable {

    private final Path dataDir;

    private InjectedAuditFailure(Path dataDir) {
        this.dataDir = dataDir;
    }

    public static InjectedAuditFailure on(Path dataDir, String event) throws SQLException {
        execute(dataDir, "CREATE TRIGGER injected_audit_failure BEFORE INSERT ON audit_entry WHEN NEW.event = '"
                + event + "' BEGIN SELECT RAISE(ABORT, 'injected audit failure'); END");
        return new InjectedAuditFailure(dataDir);
    }

    @Override
    public void close() throws SQLException {
        execute(dataDir, "DROP TRIGGER injected_audit_failure");
    }

    // A connection of its own to the service's database file: the trigger is part of the schema every connection sees.
    private static void execute(Path dataDir, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("station.db")
                + "?busy_timeout=5000"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
