package org.stationconfig.firmware;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stationconfig.ocpp.rpc.Timestamps;

/**
 * Issue 13.8, found against SteVe: the link closed while Installing awaited its answer and the status was dropped
 * (ConnectionLostException) in 6 of 7 updates. A status in flight when the link drops is sent again after the
 * reconnect, before the later ones.
 */
@MicronautTest(transactional = false)
class FirmwareStatusAcrossLinkDropTest extends FirmwareScenario {

    @Test
    void installingInFlightWhenTheLinkDropsIsSentAgainAfterTheReconnectInOrder() {
        set(Map.of("firmwareUpdateMode", "LEGACY"));
        commission("CP-FWDROP", Map.of());
        serveOverHttp("station-1.8.0.bin", "firmware 1.8.0");
        csms.closeOnceOn.add("FirmwareStatusNotification/Installing");
        callStation("CP-FWDROP", "UpdateFirmware", "{\"location\":\"" + http.url("station-1.8.0.bin")
                + "\",\"retrieveDate\":\"" + Timestamps.format(Instant.now()) + "\"}");

        List<String> statuses = await().atMost(WITHIN).until(() -> csms.calls("CP-FWDROP", "FirmwareStatusNotification")
                .stream().map(call -> call.payload().get("status").getStringValue()).toList(),
                seen -> seen.contains("Installed"));
        assertEquals(List.of("Downloading", "Downloaded", "Installing", "Installing", "Installed"), statuses,
                "the Installing cut off by the link is sent again, before Installed");
        assertTrue(csms.connections.get() >= 2, "the link was closed and made again");
        assertEquals("1.8.0", stationFirmwareVersion());
    }
}
