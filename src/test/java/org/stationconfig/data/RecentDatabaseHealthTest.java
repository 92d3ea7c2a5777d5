package org.stationconfig.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import reactor.core.publisher.Mono;

/**
 * Issue 12: {@code /health} checks the database at most once per {@link RecentDatabaseHealth#FRESH}, on a real SQLite
 * file, and still reads DOWN once the database cannot be used.
 */
class RecentDatabaseHealthTest {

    private final ExecutorService blocking = Executors.newSingleThreadExecutor();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        blocking.shutdownNow();
    }

    private RecentDatabaseHealth health(DataSource dataSource) {
        return new RecentDatabaseHealth(blocking, new DataSource[] {dataSource}, DataSourceResolver.DEFAULT,
                new DefaultHealthAggregator(new ApplicationConfiguration()), nanos::get);
    }

    private static HealthStatus status(RecentDatabaseHealth health) {
        HealthResult result = Mono.from(health.getResult()).block(Duration.ofSeconds(10));
        return result.getStatus();
    }

    @Test
    void requestsWithinOnePeriodShareOneDatabaseCheck() throws Exception {
        CountedDatabase database = new CountedDatabase(dir.resolve("station.db"));
        RecentDatabaseHealth health = health(database);

        for (int i = 0; i < 50; i++) {
            assertEquals(HealthStatus.UP, status(health));
            nanos.addAndGet(RecentDatabaseHealth.FRESH.toNanos() / 100);
        }
        assertEquals(1, database.connections.get());

        nanos.addAndGet(RecentDatabaseHealth.FRESH.toNanos());
        assertEquals(HealthStatus.UP, status(health));
        assertEquals(2, database.connections.get());
    }

    @Test
    void aDatabaseThatCannotBeOpenedReadsDownAfterAtMostOnePeriod() throws Exception {
        Path file = dir.resolve("station.db");
        CountedDatabase database = new CountedDatabase(file);
        RecentDatabaseHealth health = health(database);
        assertEquals(HealthStatus.UP, status(health));

        // the database file is gone and a directory stands in its place: SQLite can open nothing there
        Files.delete(file);
        Files.createDirectory(file);
        nanos.addAndGet(RecentDatabaseHealth.FRESH.toNanos());

        assertEquals(HealthStatus.DOWN, status(health));
    }

    /** A real SQLite file that counts the connections asked of it. */
    private static final class CountedDatabase implements DataSource {

        private final SQLiteDataSource sqlite = new SQLiteDataSource();
        private final AtomicInteger connections = new AtomicInteger();

        CountedDatabase(Path file) throws SQLException {
            sqlite.setUrl("jdbc:sqlite:" + file);
            try (Connection connection = sqlite.getConnection()) {
                connection.createStatement().execute("create table t (x integer)");
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return sqlite.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
