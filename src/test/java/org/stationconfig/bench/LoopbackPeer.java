package org.stationconfig.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.websocket.WebSocketSession;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.stationconfig.ocpp.rpc.Timestamps;

/**
 * What the loopback central system answers and counts, and the CALLs it sends to the station. Unlike the test
 * suite's scripted central system it keeps no list of what it received: a list growing by thousands of CALLs a
 * second would be measured along with the station.
 */
@Singleton
@Requires(property = StationBenchmark.ENABLED, value = "true")
public class LoopbackPeer {

    private final Map<String, AtomicInteger> bootsAccepted = new ConcurrentHashMap<>();
    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger transactionIds = new AtomicInteger();

    /** The payload of the CALLRESULT to a CALL from the station at {@code site}. */
    String answer(String site, String action) {
        String now = "\"" + Timestamps.format(Instant.now()) + "\"";
        return switch (action) {
            case "BootNotification" -> {
                bootsAccepted.computeIfAbsent(site, key -> new AtomicInteger()).incrementAndGet();
                // the interval the station already has: adopting it writes nothing
                yield "{\"status\":\"Accepted\",\"currentTime\":" + now + ",\"interval\":300}";
            }
            case "Heartbeat" -> "{\"currentTime\":" + now + "}";
            case "StartTransaction" -> "{\"transactionId\":" + transactionIds.incrementAndGet()
                    + ",\"idTagInfo\":{\"status\":\"Accepted\"}}";
            case "Authorize" -> "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
            default -> "{}";
        };
    }

    /** BootNotifications answered Accepted at {@code site} so far. */
    int bootsAccepted(String site) {
        AtomicInteger count = bootsAccepted.get(site);
        return count == null ? 0 : count.get();
    }

    void opened(String chargePointId, WebSocketSession session) {
        sessions.put(chargePointId, session);
    }

    void closed(String chargePointId, WebSocketSession session) {
        sessions.remove(chargePointId, session);
    }

    void answered(String messageId, String frame) {
        CompletableFuture<String> call = pending.remove(messageId);
        if (call != null) {
            call.complete(frame);
        }
    }

    /** Sends a CALL to the station; completes with its raw answer frame. */
    CompletableFuture<String> call(String chargePointId, String action, String payloadJson) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        sessions.get(chargePointId).sendAsync("[2,\"" + id + "\",\"" + action + "\"," + payloadJson + "]");
        return answer;
    }
}
