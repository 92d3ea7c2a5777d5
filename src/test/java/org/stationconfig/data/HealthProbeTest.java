package org.stationconfig.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.LoggedInApi;
import org.stationconfig.auth.Api;

/**
 * Issue 12: anyone may probe {@code GET /health}, so a probe must not pause the station. Micronaut's deadlock check
 * runs a VM operation that stops every thread (the OCPP and HTTP event loops too) on each request; it is off.
 */
@MicronautTest(transactional = false)
class HealthProbeTest extends LoggedInApi {

    @Test
    void theDetailedHealthHasTheDatabaseButNoThreadStoppingDeadlockCheck() {
        Api.Reply reply = api.call(HttpRequest.GET("/health"), owner);

        assertEquals("UP", reply.json().get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) reply.json().get("details");
        assertTrue(details.keySet().stream().anyMatch(name -> name.startsWith("jdbc")), "details: " + details.keySet());
        assertFalse(details.containsKey("deadlockedThreads"), "details: " + details.keySet());
    }
}
