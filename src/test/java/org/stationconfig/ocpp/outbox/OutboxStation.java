package org.stationconfig.ocpp.outbox;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stationconfig.audit.AuditEntry;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/**
 * A station on a fresh data directory with a mutable clock, for one test; {@link #restart()} stops it and starts it
 * again on the same SQLite file, keeping the clock's time.
 */
final class OutboxStation implements AutoCloseable {

    private final Path dataDir;
    private final Map<String, Object> properties;
    private final boolean withServer;
    private ApplicationContext context;
    private EmbeddedServer server;

    private OutboxStation(Map<String, Object> extra, boolean withServer) {
        try {
            dataDir = Files.createTempDirectory("outbox-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties = new HashMap<>(extra);
        properties.put("station.data-dir", dataDir.toString());
        properties.put("test.mutable-clock", "true");
        properties.put("test.header-auth", "true");
        properties.put("test.quiet-startup", "true");
        this.withServer = withServer;
        boot(null);
    }

    static OutboxStation start() {
        return new OutboxStation(Map.of(), false);
    }

    static OutboxStation start(Map<String, Object> properties) {
        return new OutboxStation(properties, false);
    }

    static OutboxStation startWithServer() {
        return new OutboxStation(Map.of(), true);
    }

    private void boot(Instant time) {
        if (withServer) {
            server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
            context = server.getApplicationContext();
        } else {
            context = ApplicationContext.run(properties, "test");
        }
        if (time != null) {
            clock().set(time);
        }
    }

    void restart() {
        Instant time = clock().instant();
        close();
        boot(time);
    }

    /** The message the outbox hands out now; fails the test when there is none. */
    OutboundMessage sendNow() {
        return outbox().next(now()).orElseThrow(() -> new AssertionError("nothing handed out"));
    }

    TransactionOutbox outbox() {
        return context.getBean(TransactionOutbox.class);
    }

    MutableClock clock() {
        return context.getBean(MutableClock.class);
    }

    Instant now() {
        return clock().instant();
    }

    void advance(Duration duration) {
        clock().advance(duration);
    }

    /** Runs SQL on the station's database file over a connection of its own (e.g. a trigger that injects a failure). */
    void sql(String statement) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve("station.db"));
             java.sql.Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    ApplicationContext context() {
        return context;
    }

    EmbeddedServer server() {
        return server;
    }

    /** Changes settings as an installer would, through the single write path. */
    void set(Map<String, Object> values) {
        context.getBean(SettingChanges.class)
                .apply(ChangeRequest.fromApp(Actor.app("installer", Role.INSTALLER), values, null));
    }

    List<AuditEntry> outboxAudit() {
        return context.getBean(AuditLog.class).page(Category.OUTBOX, 0, 500).getContent();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        context.close();
    }
}
