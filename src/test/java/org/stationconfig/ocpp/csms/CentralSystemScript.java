package org.stationconfig.ocpp.csms;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.stationconfig.ocpp.rpc.Timestamps;

/**
 * What the scripted central system does and what it saw. Tests set the answers (boot status, refusing the upgrade,
 * silence), read the station's CALLs, and send CALLs of their own. Reset before each test.
 */
@Singleton
public class CentralSystemScript {

    /** One CALL the station sent. */
    public record Received(String chargePointId, String action, JsonNode payload, Instant at) {
    }

    public volatile int refuseUpgradeWith;
    public volatile String bootStatus = "Accepted";
    public volatile int bootInterval = 300;
    public volatile boolean answerCalls = true;
    /** BootNotifications answered Rejected, Accepted, Rejected, ... (overrides bootStatus while true). */
    public volatile boolean alternateBoots;
    /** A CALL (action, payload) sent right behind every Accepted BootNotification answer; its answers land here. */
    public volatile String[] requestAfterAcceptedBoot;
    public final List<CompletableFuture<String>> answersAfterBoot = new CopyOnWriteArrayList<>();
    /** Actions answered with a CALLERROR of this code instead of a CALLRESULT. */
    public final Map<String, String> callErrors = new ConcurrentHashMap<>();
    /**
     * The link drops while the call awaits its answer: the next CALL of an action ("StatusNotification") or of an
     * action with a status ("FirmwareStatusNotification/Installing") is left unanswered and the link closed, once.
     */
    public final java.util.Set<String> closeOnceOn = ConcurrentHashMap.newKeySet();
    /** Actions never answered (no CALLRESULT, no CALLERROR), while other actions are. */
    public final java.util.Set<String> unanswered = ConcurrentHashMap.newKeySet();
    /** Accepted ids; null = any. A 404 for others, as a central system answers an unknown charge point. */
    public volatile List<String> knownIds;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    /** Every frame the station sent (CALLs and answers), in arrival order: for what must come after an answer. */
    public final List<String> frames = new CopyOnWriteArrayList<>();
    public final List<String> authorizations = new CopyOnWriteArrayList<>();
    public final AtomicInteger connections = new AtomicInteger();
    /** The reason of every close the central system saw, in order. */
    public final List<String> closeReasons = new CopyOnWriteArrayList<>();
    /** The verdict (AuthorizationStatus) on an id tag in Authorize and StartTransaction answers; absent = Accepted. */
    public final Map<String, String> tagStatus = new ConcurrentHashMap<>();
    /** The parentIdTag given with a tag's verdict; absent = none. */
    public final Map<String, String> tagParent = new ConcurrentHashMap<>();
    final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger transactionIds = new AtomicInteger(1000);
    private final AtomicInteger boots = new AtomicInteger();

    public void reset() {
        refuseUpgradeWith = 0;
        bootStatus = "Accepted";
        bootInterval = 300;
        answerCalls = true;
        alternateBoots = false;
        requestAfterAcceptedBoot = null;
        answersAfterBoot.clear();
        callErrors.clear();
        closeOnceOn.clear();
        unanswered.clear();
        knownIds = null;
        tagStatus.clear();
        tagParent.clear();
        received.clear();
        frames.clear();
        authorizations.clear();
        connections.set(0);
        closeReasons.clear();
        sessions.values().forEach(session -> session.close(CloseReason.GOING_AWAY));
        sessions.clear();
    }

    /** The payload of the answer to a CALL, or null to stay silent. */
    String answer(String action, JsonNode payload) {
        if (!answerCalls || unanswered.contains(action)) {
            return null;
        }
        String now = "\"" + Timestamps.format(Instant.now()) + "\"";
        return switch (action) {
            case "BootNotification" -> "{\"status\":\"" + bootStatus() + "\",\"currentTime\":" + now + ",\"interval\":" + bootInterval + "}";
            case "Heartbeat" -> "{\"currentTime\":" + now + "}";
            case "StartTransaction" -> "{\"transactionId\":" + transactionIds.incrementAndGet() + ",\"idTagInfo\":"
                    + idTagInfo(payload) + "}";
            case "Authorize" -> "{\"idTagInfo\":" + idTagInfo(payload) + "}";
            default -> "{}";
        };
    }

    private String bootStatus() {
        if (!alternateBoots) {
            return bootStatus;
        }
        return boots.getAndIncrement() % 2 == 0 ? "Rejected" : "Accepted";
    }

    private String idTagInfo(JsonNode payload) {
        JsonNode tag = payload == null ? null : payload.get("idTag");
        String idTag = tag == null ? "" : tag.getStringValue();
        String parent = tagParent.get(idTag);
        return "{\"status\":\"" + tagStatus.getOrDefault(idTag, "Accepted") + "\""
                + (parent == null ? "" : ",\"parentIdTag\":\"" + parent + "\"") + "}";
    }

    /** The CALLs of one action from one charge point, in arrival order. */
    public List<Received> calls(String chargePointId, String action) {
        return received.stream().filter(call -> call.chargePointId().equals(chargePointId) && call.action().equals(action))
                .toList();
    }

    /** Waits until at least {@code count} CALLs of the action came from the charge point; returns them all. */
    public List<Received> awaitCalls(String chargePointId, String action, int count, Duration within) {
        return Awaitility.await().atMost(within).until(() -> calls(chargePointId, action), calls -> calls.size() >= count);
    }

    public Received awaitCall(String action, Duration within) {
        return Awaitility.await().atMost(within).until(() -> received.stream()
                .filter(call -> call.action().equals(action)).findFirst().orElse(null), call -> call != null);
    }

    public long count(String action) {
        return received.stream().filter(call -> call.action().equals(action)).count();
    }

    public boolean connected(String chargePointId) {
        WebSocketSession session = sessions.get(chargePointId);
        return session != null && session.isOpen();
    }

    /** Sends a CALL to the station; completes with the raw answer frame. */
    public CompletableFuture<String> call(String chargePointId, String action, String payloadJson) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        send(chargePointId, "[2,\"" + id + "\",\"" + action + "\"," + payloadJson + "]");
        return answer;
    }

    public void send(String chargePointId, String text) {
        sessions.get(chargePointId).sendSync(text);
    }

    public void close(String chargePointId, int code, String reason) {
        sessions.get(chargePointId).close(new CloseReason(code, reason));
    }
}
