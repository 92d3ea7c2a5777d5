package org.stationconfig.data;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;

/** Issue 12: {@code GET /health} of the running service answers from a recent check and still notices a dead pool. */
@MicronautTest(transactional = false)
class DatabaseHealthHttpTest extends LoggedInApi {

    @Inject
    DataSource dataSource;

    @Test
    void healthTurnsDownWhenTheDatabaseCannotBeReached() throws Exception {
        assertEquals(200, api.call(HttpRequest.GET("/health")).status());
        assertEquals("UP", api.call(HttpRequest.GET("/health")).json().get("status"));

        DataSourceResolver.DEFAULT.resolve(dataSource).unwrap(HikariDataSource.class).close();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.call(HttpRequest.GET("/health")).status() == 503);
        assertEquals("DOWN", api.call(HttpRequest.GET("/health")).json().get("status"));
    }
}
