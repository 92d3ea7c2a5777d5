package org.stationconfig.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.v16.core.Heartbeat;

/**
 * CALL round trips per second on loopback, one CALL outstanding at a time as OCPP-J allows (J16 §4.1.1), in both
 * directions, for the station and its two anchors against the same loopback central system: the raw WebSocket floor
 * and Java-OCA-OCPP. The three take turns, iteration by iteration, so a disturbance of the machine hits all of them;
 * each iteration's ratio compares runs made seconds apart. Beside the rate, the process's CPU time per round trip
 * (station, central system and contender together; less disturbed by other load on the machine than the rate). No
 * anchor compresses, so the station compared with them runs with {@code station.ocpp.compression} off; a second
 * station with it on (the default), if given, runs against the same central system and shows what compression costs.
 */
final class CallRoundTrips implements AutoCloseable {

    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration ITERATION = Duration.ofSeconds(2);
    private static final int ITERATIONS = 5;
    private static final long ANSWER_WITHIN_SECONDS = 10;
    private static final String GET_CONFIGURATION = "{\"key\":[\"HeartbeatInterval\"]}";

    static final String DEFLATING_CHARGE_POINT_ID = "BENCH-CP-DEFLATE";
    private static final String STATION = "station, no compression (as the anchors)";
    private static final String DEFLATING = "station, permessage-deflate (the default)";
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final BenchStation station;
    private final BenchStation deflating;
    private final RawWebSocketFloor floor;
    private final JavaOcaOcppAnchor javaOcaOcpp;

    /** @param deflating a station connected to {@code station}'s central system with compression on, or null */
    CallRoundTrips(BenchStation station, BenchStation deflating) {
        this.station = station;
        this.deflating = deflating;
        this.floor = new RawWebSocketFloor(station.centralSystemUrl("anchors"));
        this.javaOcaOcpp = new JavaOcaOcppAnchor(station.centralSystemUrl("anchors"));
    }

    List<Samples> stationToCentralSystem() {
        CentralSystem centralSystem = station.bean(CentralSystem.class);
        Map<String, Supplier<CompletableFuture<?>>> contenders = new LinkedHashMap<>();
        contenders.put(STATION, () -> centralSystem.call(new Heartbeat.Request()));
        if (deflating != null) {
            CentralSystem deflatingCentralSystem = deflating.bean(CentralSystem.class);
            contenders.put(DEFLATING, () -> deflatingCentralSystem.call(new Heartbeat.Request()));
        }
        contenders.put("raw WebSocket floor", floor::heartbeat);
        contenders.put("Java-OCA-OCPP 1.1.0", javaOcaOcpp::heartbeat);
        return compare("CALL round trips, charge point → central system (Heartbeat)", contenders);
    }

    List<Samples> centralSystemToStation() {
        floor.answerCalls();
        Map<String, Supplier<CompletableFuture<?>>> contenders = new LinkedHashMap<>();
        contenders.put(STATION, () -> getConfiguration(BenchStation.CHARGE_POINT_ID));
        if (deflating != null) {
            contenders.put(DEFLATING, () -> getConfiguration(DEFLATING_CHARGE_POINT_ID));
        }
        contenders.put("raw WebSocket floor", () -> getConfiguration(RawWebSocketFloor.CHARGE_POINT_ID));
        contenders.put("Java-OCA-OCPP 1.1.0", () -> getConfiguration(JavaOcaOcppAnchor.CHARGE_POINT_ID));
        return compare("CALL round trips, central system → charge point (GetConfiguration of one key)", contenders);
    }

    private CompletableFuture<String> getConfiguration(String chargePointId) {
        return station.bean(LoopbackPeer.class).call(chargePointId, "GetConfiguration", GET_CONFIGURATION)
                .thenApply(CallRoundTrips::requireCallResult);
    }

    private static String requireCallResult(String frame) {
        if (!frame.startsWith("[3,")) {
            throw new IllegalStateException("the charge point did not answer with a CALLRESULT: " + frame);
        }
        return frame;
    }

    /** Each contender's rate and CPU per round trip per iteration, then the station's ratio to each other one. */
    private static List<Samples> compare(String quantity, Map<String, Supplier<CompletableFuture<?>>> contenders) {
        contenders.values().forEach(roundTrip -> callFor(WARM_UP, roundTrip));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        contenders.keySet().forEach(name -> rates.put(name, new ArrayList<>()));
        contenders.keySet().forEach(name -> cpu.put(name, new ArrayList<>()));
        for (int i = 0; i < ITERATIONS; i++) {
            contenders.forEach((name, roundTrip) -> {
                Rate rate = callFor(ITERATION, roundTrip);
                rates.get(name).add(rate.perSecond());
                cpu.get(name).add(rate.cpuMicrosPerCall());
            });
        }
        List<Samples> samples = new ArrayList<>();
        rates.forEach((name, values) -> samples.add(new Samples(quantity + ", " + name, "calls/s", values)));
        cpu.forEach((name, values) -> samples.add(new Samples(quantity + ", " + name + ", process CPU per round trip",
                "µs", values)));
        List<Double> station = rates.get(STATION);
        rates.forEach((name, values) -> {
            if (!name.equals(STATION)) {
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    ratios.add(station.get(i) / values.get(i));
                }
                samples.add(new Samples(quantity + ", station ÷ " + name, "ratio", ratios));
            }
        });
        return samples;
    }

    /** Round trips per second, and the CPU time all threads of the process spent per round trip. */
    private record Rate(double perSecond, double cpuMicrosPerCall) {
    }

    /** Calls one after the other until {@code duration} is over. */
    private static Rate callFor(Duration duration, Supplier<CompletableFuture<?>> roundTrip) {
        long cpuStart = CPU.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long calls = 0;
        long now;
        do {
            join(roundTrip.get());
            calls++;
            now = System.nanoTime();
        } while (now < end);
        return new Rate(calls * 1e9 / (now - start), (CPU.getProcessCpuTime() - cpuStart) / 1e3 / calls);
    }

    private static void join(CompletableFuture<?> call) {
        try {
            call.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("a CALL was not answered", e);
        }
    }

    @Override
    public void close() {
        floor.close();
        javaOcaOcpp.close();
    }
}
