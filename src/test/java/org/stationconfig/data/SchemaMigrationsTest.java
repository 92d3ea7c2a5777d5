package org.stationconfig.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The schema on a real SQLite file: migrated by Flyway when needed, left alone (without Flyway) when current. */
class SchemaMigrationsTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseIsMigratedAndTheNextStartFindsItCurrent() throws SQLException {
        SQLiteDataSource database = database();

        assertEquals(SchemaMigrations.Outcome.MIGRATED, SchemaMigrations.bringUpToDate(database));
        assertEquals(SchemaMigrations.Outcome.CURRENT, SchemaMigrations.bringUpToDate(database));

        assertEquals(shipped().size(), count(database, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1"));
    }

    @Test
    void aStationOnAnOlderSchemaGetsTheNewMigrations() throws SQLException {
        SQLiteDataSource database = database();
        List<MigrationScript> shipped = shipped();
        Flyway.configure().dataSource(database).locations("classpath:" + SchemaMigrations.LOCATION)
                .target(shipped.get(shipped.size() - 3).version()).load().migrate();

        assertEquals(SchemaMigrations.Outcome.MIGRATED, SchemaMigrations.bringUpToDate(database));

        assertEquals(shipped.size(), count(database, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1"));
        assertEquals(SchemaMigrations.Outcome.CURRENT, SchemaMigrations.bringUpToDate(database));
    }

    @Test
    void anAppliedScriptThatDiffersFromTheShippedOneStillFailsTheStart() throws SQLException {
        SQLiteDataSource database = database();
        SchemaMigrations.bringUpToDate(database);
        execute(database, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '"
                + shipped().get(2).version() + "'");

        assertThrows(FlywayValidateException.class, () -> SchemaMigrations.bringUpToDate(database));
    }

    @Test
    void theChecksumIsFlywaysForEveryShippedScript() throws SQLException {
        SQLiteDataSource database = database();
        Flyway.configure().dataSource(database).locations("classpath:" + SchemaMigrations.LOCATION).load().migrate();

        for (MigrationScript script : shipped()) {
            assertEquals(script.checksum(), count(database,
                    "SELECT checksum FROM flyway_schema_history WHERE script = '" + script.script() + "'"),
                    script.script());
        }
    }

    private static List<MigrationScript> shipped() {
        return ShippedMigrations.in(SchemaMigrationsTest.class.getClassLoader(), SchemaMigrations.LOCATION);
    }

    private SQLiteDataSource database() {
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + dir.resolve("station.db"));
        return database;
    }

    private static int count(SQLiteDataSource database, String query) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(SQLiteDataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
