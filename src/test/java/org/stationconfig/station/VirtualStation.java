package org.stationconfig.station;

import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.connection.FakeCentralSystem;
import org.stationconfig.connection.VirtualLifecycle;
import org.stationconfig.connection.VirtualTime;
import org.stationconfig.ocpp.rpc.JsonText;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;
import org.stationconfig.station.hardware.ConnectorSignals;
import org.stationconfig.station.hardware.Simulator;

/**
 * Base for station-logic tests on a virtual clock: the whole station (real SQLite, the station and OCPP threads) with
 * an in-memory link to the scripted {@link FakeCentralSystem}; the station's timers and the OCPP timers run on one
 * {@link VirtualTime}, so minutes of metering, reservations and timeouts take milliseconds, and every message the
 * central system gets carries the exact virtual instant it was sent at. The loopback scenarios keep the real path.
 */
public abstract class VirtualStation extends TestDataDir {

    static final Actor SERVICE = Actor.app("service", Role.SERVICE);

    @Inject
    protected VirtualTime time;
    @Inject
    protected FakeCentralSystem csms;
    @Inject
    protected SettingChanges changes;
    @Inject
    protected Simulator simulator;

    private final Set<String> changedKeys = new HashSet<>();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(VirtualLifecycle.PROPERTY, "true");
    }

    /** Each test starts on a whole second: OCPP timestamps on the wire are whole seconds. */
    @BeforeEach
    void freshCentralSystem() {
        csms.reset();
        time.settle();
        int nanos = time.now().getNano();
        if (nanos > 0) {
            time.advance(Duration.ofNanos(1_000_000_000L - nanos));
        }
    }

    /** The EVs unplugged, faults cleared, the settings a test changed back to their defaults, OCPP off. */
    @AfterEach
    void putTheStationBack() {
        for (int id = 1; id <= simulator.connectors(); id++) {
            ConnectorSignals signals = simulator.signals(id);
            if (signals.fault() != null) {
                simulator.clearFault(id);
            }
            if (signals.plugged()) {
                simulator.unplug(id);
            }
        }
        time.settle();
        time.advance(Duration.ofMinutes(10)); // every wait a test started (ConnectionTimeOut, status durations) runs out
        Map<String, Object> defaults = new HashMap<>();
        changedKeys.forEach(key -> defaults.put(key, null));
        defaults.put("enabled", false);
        set(defaults);
        changedKeys.clear();
    }

    /** Changes settings as the service technician; they go back to their defaults after the test. */
    protected void set(Map<String, Object> values) {
        changedKeys.addAll(values.keySet());
        changes.apply(ChangeRequest.fromApp(SERVICE, values, null));
        time.settle();
    }

    /** Points the station at the fake central system; it is Accepted at once. */
    protected void commission(String chargePointId, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("centralSystemUrl", "ws://csms.invalid/ocpp",
                "chargePointId", chargePointId, "enabled", true));
        values.putAll(extra);
        set(values);
    }

    protected void plug(int connector) {
        simulator.plug(connector);
        time.settle();
    }

    protected void unplug(int connector) {
        simulator.unplug(connector);
        time.settle();
    }

    protected void tag(int connector, String idTag) {
        simulator.presentTag(connector, idTag);
        time.settle();
    }

    protected void advance(Duration step) {
        time.advance(step);
    }

    /** The CALLs of this action the central system got, payloads parsed, in order. */
    protected List<Sent> sent(String action) {
        return csms.calls(action).stream().map(call -> new Sent(parse(call.payload()), call.at())).toList();
    }

    private static JsonNode parse(String payload) {
        try {
            return JsonText.parse(payload);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A CALL's payload as the central system got it, and the virtual instant it arrived. */
    protected record Sent(JsonNode payload, Instant at) {

        public String text(String field) {
            JsonNode value = payload.get(field);
            return value == null ? null : value.getStringValue();
        }

        /** A MeterValues' first meter value: its timestamp. */
        public Instant sampledAt() {
            return Instant.parse(payload.get("meterValue").get(0).get("timestamp").getStringValue());
        }

        /** A MeterValues' reading context (Sample.Periodic, Sample.Clock, Transaction.Begin). */
        public String context() {
            return payload.get("meterValue").get(0).get("sampledValue").get(0).get("context").getStringValue();
        }
    }
}
