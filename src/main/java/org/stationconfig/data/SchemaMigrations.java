package org.stationconfig.data;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database to the migration scripts the jar ships ({@code db/migration}) before anything uses it, with
 * Flyway's migrate, which validates what was applied and applies what is new, or fails the start.
 *
 * <p>A commissioned station's start skips Flyway when there is nothing for it to do: the schema history lists exactly
 * the shipped scripts, in order, each applied successfully and with the checksum Flyway computes for the shipped file.
 * Then Flyway's migrate would change nothing and its validation would pass, and not loading it saves about a second
 * of a start on 2 cores (issue 12). Anything else (no history yet, a new script, a changed or missing one, a failed
 * entry) goes to Flyway as before.
 */
@Singleton
public class SchemaMigrations implements BeanCreatedEventListener<DataSource> {

    static final String LOCATION = "db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String HISTORY = "SELECT version, script, checksum, type, success FROM flyway_schema_history"
            + " ORDER BY installed_rank";

    /** What a start did to the schema. */
    enum Outcome { CURRENT, MIGRATED }

    private final DataSourceResolver resolver;

    public SchemaMigrations(DataSourceResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        bringUpToDate(resolver.resolve(event.getBean()));
        return event.getBean();
    }

    static Outcome bringUpToDate(DataSource dataSource) {
        List<MigrationScript> shipped = ShippedMigrations.in(SchemaMigrations.class.getClassLoader(), LOCATION);
        if (!shipped.isEmpty() && shipped.equals(applied(dataSource))) {
            LOG.debug("Database schema current ({} migrations)", shipped.size());
            return Outcome.CURRENT;
        }
        LOG.info("Migrating the database schema ({} migrations shipped)", shipped.size());
        Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .load()
                .migrate();
        return Outcome.MIGRATED;
    }

    /** The successfully applied versioned scripts, in the order applied; empty when there is no history to trust. */
    private static List<MigrationScript> applied(DataSource dataSource) {
        List<MigrationScript> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(HISTORY)) {
            while (rows.next()) {
                int checksum = rows.getInt("checksum");
                if (rows.wasNull() || !"SQL".equals(rows.getString("type")) || !rows.getBoolean("success")) {
                    return List.of();
                }
                applied.add(new MigrationScript(rows.getString("version"), rows.getString("script"), checksum));
            }
        } catch (SQLException e) {
            // no history table yet (a new station), or one this code cannot read: Flyway decides
            return List.of();
        }
        return applied;
    }
}
