package org.stationconfig.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * sqlite-jdbc with two fixes for running under Micronaut Data.
 *
 * <p>Micronaut Data marks read transactions with {@code setReadOnly(true)}, which stock sqlite-jdbc refuses on an
 * open connection; here it maps to {@code PRAGMA query_only}, and read-only transactions begin DEFERRED because
 * BEGIN IMMEDIATE fails under query_only. The database file and its folder are made on first connect, mode 0600 in
 * a 0700 folder ({@link OwnerOnlyFiles}); SQLite gives its -wal and -shm files the database file's mode, so they
 * are never readable by other users either.
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
        String trimmed = url.trim();
        String fileAndParams = trimmed.substring(PREFIX.length());
        createOwnerOnly(fileAndParams);
        return new JDBC4Connection(trimmed, fileAndParams, info) {
            private final SQLiteConfig.TransactionMode writeMode = getConnectionConfig().getTransactionMode();
            private boolean readOnly;

            @Override
            public void setReadOnly(boolean value) throws SQLException {
                if (value == readOnly) {
                    return;
                }
                getConnectionConfig().setTransactionMode(value ? SQLiteConfig.TransactionMode.DEFERRED : writeMode);
                try (var statement = createStatement()) {
                    statement.execute("PRAGMA query_only = " + (value ? 1 : 0));
                }
                readOnly = value;
            }

            @Override
            public boolean isReadOnly() {
                return readOnly;
            }
        };
    }

    private static void createOwnerOnly(String fileAndParams) throws SQLException {
        String file = fileAndParams.split("\\?", 2)[0];
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path database = Path.of(file).toAbsolutePath();
        try {
            OwnerOnlyFiles.file(database);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the database " + database + ": " + e.getMessage(), e);
        }
    }
}
