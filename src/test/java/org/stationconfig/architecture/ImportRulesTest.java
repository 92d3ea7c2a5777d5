package org.stationconfig.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 6: the build fails when the protocol machinery imports a feature, when OCPP 1.6 types appear outside
 * adapter packages, or when a cycle between top-level packages appears.
 *
 * <p>What the restructuring has not reached yet is listed, file by file, in
 * {@code src/test/resources/architecture/known-violations.txt}; that list only shrinks: a violation not on it fails,
 * and so does an entry that is no longer a violation (take it off).
 */
class ImportRulesTest {

    private static final SourceImports MAIN = SourceImports.of(Path.of("src/main/java"));

    @Test
    void theProtocolMachineryImportsNoFeature() throws IOException {
        check("machinery", ImportRules.machineryImportingFeatures(MAIN));
    }

    @Test
    void ocpp16TypesAppearOnlyInTheMachineryAndInAdapterPackages() throws IOException {
        check("ocpp16", ImportRules.ocpp16OutsideAdapters(MAIN));
    }

    @Test
    void noCycleBetweenTopLevelPackages() throws IOException {
        Set<String> knownEdges = known("cycle-edge");
        assertEquals(List.of(), ImportRules.cycles(MAIN, knownEdges), "cycles between top-level packages");
        Map<String, Map<String, Set<String>>> graph = ImportRules.topLevelGraph(MAIN);
        Set<String> stale = new TreeSet<>();
        for (String edge : knownEdges) {
            String[] ends = edge.split(" -> ");
            if (!graph.getOrDefault(ends[0], Map.of()).containsKey(ends[1])) {
                stale.add(edge);
            }
        }
        assertEquals(Set.of(), stale, "listed as known cycle edges but gone: take them off known-violations.txt");
    }

    private static void check(String rule, List<String> violations) throws IOException {
        Set<String> known = known(rule);
        Set<String> found = new TreeSet<>();
        List<String> unexpected = new ArrayList<>();
        for (String violation : violations) {
            found.add(file(violation));
            if (!known.contains(file(violation))) {
                unexpected.add(violation);
            }
        }
        assertEquals(List.of(), unexpected, "rule " + rule + " broken");
        Set<String> stale = new TreeSet<>(known);
        stale.removeAll(found);
        assertEquals(Set.of(), stale, "rule " + rule + ": no longer violations, take them off known-violations.txt");
    }

    private static String file(String violation) {
        return violation.substring(0, violation.indexOf(' '));
    }

    /** The entries of one section ({@code [rule]}) of the known-violations list. */
    static Set<String> known(String rule) throws IOException {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        String section = null;
        try (InputStream in = ImportRulesTest.class.getResourceAsStream("/architecture/known-violations.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = entry.substring(1, entry.length() - 1);
                    sections.put(section, new TreeSet<>());
                } else {
                    sections.get(section).add(entry);
                }
            }
        }
        return sections.getOrDefault(rule, Set.of());
    }
}
