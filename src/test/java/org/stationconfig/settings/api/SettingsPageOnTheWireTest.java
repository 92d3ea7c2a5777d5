package org.stationconfig.settings.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;

/**
 * {@code GET /api/v1/settings} as bytes on the wire: the cached page goes out whole on every request (it is shared
 * between requests and sent as a wrapped buffer), gzip-compressed when asked as before, with one current Date header.
 */
@MicronautTest(transactional = false)
class SettingsPageOnTheWireTest extends LoggedInApi {

    @Inject
    EmbeddedServer server;

    private final HttpClient raw = HttpClient.newHttpClient();

    private HttpResponse<byte[]> fetch(String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getPort() + "/api/v1/settings"))
                .header("Authorization", "Bearer " + owner).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return raw.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theSamePageGoesOutWholeEveryTimeWithItsLengthAndADate() throws Exception {
        HttpResponse<byte[]> first = fetch();
        assertEquals(200, first.statusCode());
        assertTrue(first.body().length > 1000, "the whole page, not an emptied buffer");
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> again = fetch();
            assertArrayEquals(first.body(), again.body());
            assertEquals(List.of(String.valueOf(first.body().length)), again.headers().allValues("Content-Length"));
            assertEquals(List.of("application/json"), again.headers().allValues("Content-Type"));
            List<String> dates = again.headers().allValues("Date");
            assertEquals(1, dates.size(), dates.toString());
            ZonedDateTime date = ZonedDateTime.parse(dates.get(0), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertTrue(Duration.between(date, ZonedDateTime.now()).abs().toSeconds() < 60, dates.toString());
        }
    }

    @Test
    void thePageIsGzippedWhenTheAppAsks() throws Exception {
        byte[] plain = fetch().body();
        HttpResponse<byte[]> gzipped = fetch("Accept-Encoding", "gzip");
        assertEquals(200, gzipped.statusCode());
        assertEquals(List.of("gzip"), gzipped.headers().allValues("Content-Encoding"));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
    }
}
