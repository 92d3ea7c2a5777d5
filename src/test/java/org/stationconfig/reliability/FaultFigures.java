package org.stationconfig.reliability;

import java.util.Map;
import java.util.TreeMap;

/** The figures of the fault scenarios, one row each, in one table however many of them ran. */
final class FaultFigures {

    private static final Map<String, String> ROWS = new TreeMap<>();

    private FaultFigures() {
    }

    static synchronized void record(String fault, Object faults, int connections, StatusWatch watch) {
        ROWS.put(fault, faults + " faults, " + connections + " connections; status showed " + watch.codes()
                + " in states " + watch.states() + "; recovered without a restart");
        Figures figures = new Figures("Central systems and links that misbehave");
        ROWS.forEach(figures::put);
        figures.write();
    }
}
