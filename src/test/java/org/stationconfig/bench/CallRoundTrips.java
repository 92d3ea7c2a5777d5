package org.stationconfig.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.v16.core.Heartbeat;

/**
 * CALL round trips per second on loopback, one CALL outstanding at a time as OCPP-J allows (J16 §4.1.1), in both
 * directions: each iteration counts the round trips completed in a fixed interval.
 */
final class CallRoundTrips {

    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration ITERATION = Duration.ofSeconds(2);
    private static final int ITERATIONS = 5;
    private static final long ANSWER_WITHIN_SECONDS = 10;

    private final BenchStation station;

    CallRoundTrips(BenchStation station) {
        this.station = station;
    }

    Samples stationToCentralSystem() {
        CentralSystem centralSystem = station.bean(CentralSystem.class);
        return callsPerSecond("CALL round trips, station → central system (Heartbeat)",
                () -> centralSystem.call(new Heartbeat.Request()));
    }

    Samples centralSystemToStation() {
        LoopbackPeer peer = station.bean(LoopbackPeer.class);
        return callsPerSecond("CALL round trips, central system → station (GetConfiguration of one key)",
                () -> peer.call(BenchStation.CHARGE_POINT_ID, "GetConfiguration", "{\"key\":[\"HeartbeatInterval\"]}")
                        .thenApply(CallRoundTrips::requireCallResult));
    }

    private static String requireCallResult(String frame) {
        if (!frame.startsWith("[3,")) {
            throw new IllegalStateException("the station did not answer with a CALLRESULT: " + frame);
        }
        return frame;
    }

    private static Samples callsPerSecond(String quantity, Supplier<CompletableFuture<?>> roundTrip) {
        callFor(WARM_UP, roundTrip);
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
            rates.add(callFor(ITERATION, roundTrip));
        }
        return new Samples(quantity, "calls/s", rates);
    }

    /** Calls one after the other until {@code duration} is over; returns round trips per second. */
    private static double callFor(Duration duration, Supplier<CompletableFuture<?>> roundTrip) {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long calls = 0;
        long now;
        do {
            join(roundTrip.get());
            calls++;
            now = System.nanoTime();
        } while (now < end);
        return calls * 1e9 / (now - start);
    }

    private static void join(CompletableFuture<?> call) {
        try {
            call.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("a CALL was not answered", e);
        }
    }
}
