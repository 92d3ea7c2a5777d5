package org.stationconfig.connection;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stationconfig.ocpp.rpc.Timestamps;
import org.stationconfig.ocpp.transport.DialFailure;
import org.stationconfig.ocpp.transport.DialRequest;
import org.stationconfig.ocpp.transport.Dialer;
import org.stationconfig.ocpp.transport.OcppLink;
import org.stationconfig.ocpp.transport.WebSocketDialer;

/**
 * The station's dialer in a virtual-clock test: every dial opens a {@link FakeLink} to this scripted central system
 * (or fails, as the test says), which answers BootNotification, Heartbeat and the rest as scripted, on the spot.
 */
@Singleton
@Replaces(WebSocketDialer.class)
@Requires(property = VirtualLifecycle.PROPERTY, value = "true")
public class FakeCentralSystem implements Dialer {

    /** One CALL the station sent, at the virtual time it was sent. */
    public record Call(String action, String payload, Instant at) {
    }

    private static final Pattern CALL = Pattern.compile("^\\[2,\"([^\"]+)\",\"([^\"]+)\",(.*)]$", Pattern.DOTALL);

    private final Clock clock;
    volatile String bootStatus = "Accepted";
    volatile int bootInterval = 300;
    /** The next dials fail with this (TCP refused), while set. */
    volatile DialFailure refuseDials;
    volatile boolean answerPings = true;
    /** Charge point ids whose dials fail with TCP refused. */
    final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    /** A CALL (action, payload) sent right behind every Accepted BootNotification answer, in the same breath. */
    volatile String[] requestAfterAcceptedBoot;
    /** Actions left unanswered. */
    final Set<String> silentOn = ConcurrentHashMap.newKeySet();
    final List<DialRequest> dials = new CopyOnWriteArrayList<>();
    final List<FakeLink> links = new CopyOnWriteArrayList<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    FakeCentralSystem(Clock clock) {
        this.clock = clock;
    }

    public void reset() {
        bootStatus = "Accepted";
        bootInterval = 300;
        refuseDials = null;
        answerPings = true;
        unreachable.clear();
        requestAfterAcceptedBoot = null;
        silentOn.clear();
        dials.clear();
        links.forEach(link -> link.drop(1001, "test over"));
        links.clear();
        calls.clear();
    }

    static DialFailure refused() {
        return new DialFailure(DialFailure.Stage.TCP, "TCP_REFUSED", "connection refused", 0, null);
    }

    @Override
    public CompletableFuture<OcppLink> dial(DialRequest request) {
        dials.add(request);
        DialFailure refusal = unreachable.contains(request.username()) ? refused() : refuseDials;
        if (refusal != null) {
            return CompletableFuture.failedFuture(refusal);
        }
        FakeLink link = new FakeLink(this);
        links.add(link);
        return CompletableFuture.completedFuture(link);
    }

    FakeLink link() {
        return links.isEmpty() ? null : links.get(links.size() - 1);
    }

    public List<Call> calls(String action) {
        return calls.stream().filter(call -> call.action().equals(action)).toList();
    }

    void received(FakeLink link, String frame) {
        Matcher call = CALL.matcher(frame);
        if (!call.matches()) {
            return; // an answer to a CALL of ours
        }
        String id = call.group(1);
        String action = call.group(2);
        calls.add(new Call(action, call.group(3), clock.instant()));
        if (silentOn.contains(action)) {
            return;
        }
        String now = "\"" + Timestamps.format(clock.instant()) + "\"";
        String payload = switch (action) {
            case "BootNotification" -> "{\"status\":\"" + bootStatus + "\",\"currentTime\":" + now
                    + ",\"interval\":" + bootInterval + "}";
            case "Heartbeat" -> "{\"currentTime\":" + now + "}";
            case "Authorize" -> "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
            case "StartTransaction" -> "{\"transactionId\":" + (1000 + calls.size())
                    + ",\"idTagInfo\":{\"status\":\"Accepted\"}}";
            default -> "{}";
        };
        link.deliver("[3,\"" + id + "\"," + payload + "]");
        String[] after = requestAfterAcceptedBoot;
        if (after != null && action.equals("BootNotification") && bootStatus.equals("Accepted")) {
            link.deliver("[2,\"after-boot-" + calls.size() + "\",\"" + after[0] + "\"," + after[1] + "]");
        }
    }
}
