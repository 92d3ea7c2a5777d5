package org.stationconfig.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The measured iterations of one quantity, reported as median, min and max. */
record Samples(String quantity, String unit, List<Double> values) {

    Samples {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples of " + quantity);
        }
        values = List.copyOf(values);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double min() {
        return Collections.min(values);
    }

    double max() {
        return Collections.max(values);
    }

    /** One row of the Markdown table in BENCHMARKS.md. */
    String tableRow() {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d |", quantity, unit, number(median()),
                number(min()), number(max()), values.size());
    }

    static String tableHeader() {
        return "| quantity | unit | median | min | max | n |\n|---|---|---:|---:|---:|---:|";
    }

    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
