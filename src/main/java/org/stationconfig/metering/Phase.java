package org.stationconfig.metering;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The line a sample is taken on; a sample without a phase is the overall value. {@link #text} as settings spell it. */
public enum Phase {
    L1("L1"),
    L2("L2"),
    L3("L3"),
    N("N"),
    L1_N("L1-N"),
    L2_N("L2-N"),
    L3_N("L3-N"),
    L1_L2("L1-L2"),
    L2_L3("L2-L3"),
    L3_L1("L3-L1");

    private final String text;

    Phase(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The numbered lines the phase is measured on (none for the neutral): {@code L1-L2} needs lines 1 and 2. */
    public List<Integer> lines() {
        return text.chars().filter(Character::isDigit).mapToObj(digit -> digit - '0').toList();
    }

    /** Case-sensitive, as the settings are. */
    public static Optional<Phase> ofText(String text) {
        return Arrays.stream(values()).filter(phase -> phase.text.equals(text)).findFirst();
    }
}
