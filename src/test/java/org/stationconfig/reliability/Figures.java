package org.stationconfig.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures a proof suite produced, as the table RELIABILITY.md shows: printed, and written to
 * {@code target/reliability/<suite>.md} so a run can be pasted in.
 */
final class Figures {

    private final String suite;
    private final Instant started = Instant.now();
    private final long startedNanos = System.nanoTime();
    private final Map<String, Object> rows = new LinkedHashMap<>();

    Figures(String suite) {
        this.suite = suite;
    }

    Figures put(String figure, Object value) {
        rows.put(figure, value);
        return this;
    }

    /** Writes the table; called before the assertions, so a failing run leaves its figures too. */
    void write() {
        System.out.println(save());
    }

    /** Writes the table to its file only: a long run saves its figures as it goes. */
    String save() {
        StringBuilder text = new StringBuilder("### " + suite + " (" + ProofForm.name() + " form, "
                + started.truncatedTo(ChronoUnit.SECONDS) + ", " + Math.round((System.nanoTime() - startedNanos) / 1e9)
                + " s, load average " + loadAverage() + ")\n\n| figure | value |\n|---|---:|\n");
        rows.forEach((figure, value) -> text.append("| ").append(figure).append(" | ").append(value).append(" |\n"));
        try {
            Path dir = Path.of("target", "reliability");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(suite.replaceAll("[^A-Za-z0-9]+", "-") + ".md"), text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
