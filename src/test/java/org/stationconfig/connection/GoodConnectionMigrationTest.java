package org.stationconfig.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** V17 on a real SQLite file: a station's stored last-known-good survives the move to one row per setting. */
class GoodConnectionMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aLastKnownGoodStoredInTheV16ColumnsIsKeptValueForValue() throws SQLException {
        SQLiteDataSource database = database();
        migrate(database, "16");
        execute(database, "UPDATE connection_memory SET good_url = 'wss://csms.example/ocpp', good_charge_point_id = 'CP-1',"
                + " good_security_profile = 2, good_access_key = 'hex:00112233445566778899aabbccddeeff',"
                + " good_hex_as_text = 1, good_station_certificate = 'ab12', trial_active = 1,"
                + " trial_keys = 'chargePointId', trial_attempts = 1 WHERE id = 1");

        migrate(database, "latest");

        assertEquals(Map.of("centralSystemUrl", "wss://csms.example/ocpp", "chargePointId", "CP-1", "securityProfile", "2",
                "accessKey", "hex:00112233445566778899aabbccddeeff", "authorizationKeyHexAsText", "true",
                ConnectionParameters.STATION_CERTIFICATE, "ab12"), goodValues(database));
        assertEquals("1 chargePointId 1", row(database, "SELECT trial_active || ' ' || trial_keys || ' ' || trial_attempts"
                + " FROM connection_memory WHERE id = 1"), "the trial goes on");
    }

    @Test
    void aStationThatNeverConnectedHasNoLastKnownGoodAfterwards() throws SQLException {
        SQLiteDataSource database = database();
        migrate(database, "16");

        migrate(database, "latest");

        assertEquals(Map.of(), goodValues(database));
    }

    private SQLiteDataSource database() {
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + dir.resolve("station.db"));
        return database;
    }

    private static void migrate(SQLiteDataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }

    private static Map<String, String> goodValues(SQLiteDataSource database) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT setting_key, setting_value FROM connection_good_value")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        }
        return values;
    }

    private static String row(SQLiteDataSource database, String query) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(SQLiteDataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
