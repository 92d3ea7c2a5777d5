package org.stationconfig.apidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;

/**
 * Found by DocumentedStatusesTest (RELIABILITY.md, finding 3): after the station answered 413 to a multipart upload
 * over 1 MB, the next request an app sent on the same keep-alive connection got no answer at all, so a phone that
 * picked a too-large certificate file saw its next call hang until its own time-out. Micronaut stopped reading the
 * refused body; {@link org.stationconfig.api.OversizedBodyDrain} drains it.
 */
@MicronautTest(transactional = false)
class OversizedUploadConnectionTest extends LoggedInApi {

    @Inject
    EmbeddedServer server;

    @Test
    void theConnectionStaysUsableAfterAnOversizedUploadIsRefused() throws Exception {
        HttpClient app = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI certificates = URI.create("http://localhost:" + server.getPort() + "/api/v1/certificates");
        int refused = app.send(HttpRequest.newBuilder(certificates).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + service)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(BodyPublishers.ofByteArray(new byte[1_100_000])).build(), BodyHandlers.discarding()).statusCode();
        assertEquals(413, refused);

        int next = app.send(HttpRequest.newBuilder(certificates).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + service).GET().build(), BodyHandlers.discarding()).statusCode();
        assertEquals(200, next);
    }
}
