package org.stationconfig.fuzz.ocpp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of one fuzzing run, for the log and for SECURITY.md. */
final class FuzzFigures {

    final Map<String, Integer> byKind = new TreeMap<>();
    final Map<String, Integer> byAnswer = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    private long[] latencies = new long[1024];
    int frames;
    int answered;
    int silent;
    int skipped;
    int heartbeatChecks;
    long worstHeartbeatMillis;

    void frame(String kind) {
        frames++;
        byKind.merge(kind, 1, Integer::sum);
    }

    void answer(String result, long latencyNanos) {
        answered++;
        byAnswer.merge(result, 1, Integer::sum);
        if (answered > latencies.length) {
            latencies = Arrays.copyOf(latencies, latencies.length * 2);
        }
        latencies[answered - 1] = latencyNanos;
    }

    void fail(String what) {
        if (failures.size() < 50) {
            failures.add(what);
        }
    }

    String report(long seed, long durationMillis) {
        long[] sorted = Arrays.copyOf(latencies, answered);
        Arrays.sort(sorted);
        long max = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        long p99 = sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
        return "OCPP fuzzing, seed " + seed + "\n"
                + "frames sent: " + frames + " (valid Reset requests not sent: " + skipped + ")\n"
                + "answered: " + answered + ", correctly unanswered (replies to nothing, unknown message types): " + silent + "\n"
                + "frames by kind: " + byKind + "\n"
                + "answers by result: " + byAnswer + "\n"
                + "answer latency: p99 " + p99 / 1_000_000 + " ms, max " + max / 1_000_000 + " ms\n"
                + "heartbeat checks: " + heartbeatChecks + ", slowest heartbeat after the link went quiet: "
                + worstHeartbeatMillis + " ms\n"
                + "duration: " + durationMillis / 1000 + " s\n"
                + "failures: " + failures.size() + (failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures)) + "\n";
    }
}
