package org.stationconfig.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.data.SmallDisk;
import org.stationconfig.filetransfer.HttpTestServer;

/**
 * Issue 13.11: below the reserve of free space kept for the database, a log upload does not collect its file (it
 * would take that space): it ends UploadFailure, and the server is not asked. With space again, it works.
 */
@MicronautTest(transactional = false)
class UploadFullDiskTest extends UploadScenario {

    @Inject
    SmallDisk disk;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> properties = new HashMap<>(super.extraProperties());
        properties.put("test.small-disk", "true");
        properties.put("station.storage.reserve-bytes", String.valueOf(8 * 1024 * 1024));
        return properties;
    }

    @AfterEach
    void plentyOfSpaceAgain() {
        disk.free(Long.MAX_VALUE / 2);
    }

    @Test
    void aLogUploadBelowTheReserveIsUploadFailureWithoutCollectingAFile() {
        HttpTestServer http = started(HttpTestServer.http());
        commission("CP-LOG-DISK", Map.of());
        disk.free(1024 * 1024);

        assertEquals("Accepted", getLog("CP-LOG-DISK", 31, http.url("logs")));

        assertOrder(List.of("Uploading 31", "UploadFailure 31"), logStatuses("CP-LOG-DISK", 2));
        assertEquals(List.of(), http.requests(), "nothing was uploaded");

        disk.free(Long.MAX_VALUE / 2);
        assertEquals("Accepted", getLog("CP-LOG-DISK", 32, http.url("logs")));
        assertOrder(List.of("Uploading 32", "Uploaded 32"), logStatuses("CP-LOG-DISK", 4).subList(2, 4));
    }

    private String getLog(String chargePointId, int requestId, String location) {
        JsonNode answer = callStation(chargePointId, "GetLog", "{\"logType\":\"SecurityLog\",\"requestId\":"
                + requestId + ",\"retries\":0,\"log\":{\"remoteLocation\":\"" + location + "\"}}");
        return answer.get("status").getStringValue();
    }
}
