package org.stationconfig.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * The stock SQLite driver, except that {@code setReadOnly} maps to {@code PRAGMA query_only}: Micronaut Data runs
 * reads as read-only transactions, and sqlite-jdbc refuses to change that flag on an open connection (stack notes §3.1).
 */
public class SqliteDriver extends org.sqlite.JDBC {

    static {
        try {
            DriverManager.registerDriver(new SqliteDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        String u = url.trim();
        return new JDBC4Connection(u, u.substring(PREFIX.length()), info) {
            private final SQLiteConfig.TransactionMode writeMode = getConnectionConfig().getTransactionMode();
            private boolean readOnly;

            @Override
            public void setReadOnly(boolean readOnly) throws SQLException {
                if (readOnly == this.readOnly) {
                    return;
                }
                // a read-only transaction must BEGIN DEFERRED: BEGIN IMMEDIATE fails under query_only (SQLITE_READONLY)
                getConnectionConfig().setTransactionMode(
                        readOnly ? SQLiteConfig.TransactionMode.DEFERRED : writeMode);
                try (var statement = createStatement()) {
                    statement.execute("PRAGMA query_only = " + (readOnly ? 1 : 0));
                }
                this.readOnly = readOnly;
            }

            @Override
            public boolean isReadOnly() {
                return readOnly;
            }
        };
    }
}
