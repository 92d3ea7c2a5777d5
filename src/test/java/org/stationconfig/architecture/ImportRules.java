package org.stationconfig.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stationconfig.architecture.SourceImports.SourceFile;

/**
 * The layering of issue 12 as three rules over the sources; each answers the violations it finds, as lines naming the
 * file (or the packages) and what it must not use.
 */
final class ImportRules {

    /** The protocol machinery: frames, calls, transport, the OCPP 1.6 message records, the outbox engine. */
    static final String MACHINERY = SourceImports.ROOT + ".ocpp";
    /** OCPP 1.6 wire types. */
    static final String OCPP16 = SourceImports.ROOT + ".ocpp.v16";
    /** Neutral helpers anyone may use (no station logic). */
    static final Set<String> NEUTRAL = Set.of(SourceImports.ROOT + ".common");

    private ImportRules() {
    }

    /** Rule 1: the protocol machinery imports no feature package; it reads what it needs through ports it owns. */
    static List<String> machineryImportingFeatures(SourceImports sources) {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources.files().values()) {
            if (!SourceImports.within(file.packageName(), MACHINERY)) {
                continue;
            }
            for (String used : file.references()) {
                if (!SourceImports.within(used, MACHINERY) && !NEUTRAL.contains(used)) {
                    violations.add(file.path() + " uses " + used);
                }
            }
        }
        return violations;
    }

    /**
     * Rule 2: OCPP 1.6 types appear only in the machinery and in a feature's adapter subpackage named {@code ocpp}
     * ({@code org.stationconfig.station.ocpp}, {@code org.stationconfig.certificates.ocpp}, ...), so a second
     * protocol is a second set of adapters.
     */
    static List<String> ocpp16OutsideAdapters(SourceImports sources) {
        List<String> violations = new ArrayList<>();
        for (SourceFile file : sources.files().values()) {
            if (SourceImports.within(file.packageName(), MACHINERY) || isAdapter(file.packageName())) {
                continue;
            }
            for (String used : file.references()) {
                if (SourceImports.within(used, OCPP16)) {
                    violations.add(file.path() + " uses " + used);
                }
            }
        }
        return violations;
    }

    static boolean isAdapter(String packageName) {
        return packageName.contains(".ocpp.") || packageName.endsWith(".ocpp");
    }

    /** The dependencies between top-level packages, each with the files that make it. */
    static Map<String, Map<String, Set<String>>> topLevelGraph(SourceImports sources) {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        for (SourceFile file : sources.files().values()) {
            String from = file.topLevel();
            for (String used : file.references()) {
                String to = SourceImports.topLevel(used);
                if (!to.equals(from)) {
                    graph.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>())
                            .add(file.path());
                }
            }
        }
        return graph;
    }

    /**
     * Rule 3: no cycle between top-level packages. Answers one line per strongly connected group of packages, with
     * the edges inside it and the files that make them; {@code ignored} edges ("a -> b") are left out first.
     */
    static List<String> cycles(SourceImports sources, Set<String> ignored) {
        Map<String, Map<String, Set<String>>> graph = topLevelGraph(sources);
        graph.forEach((from, edges) -> edges.keySet().removeIf(to -> ignored.contains(from + " -> " + to)));
        List<String> violations = new ArrayList<>();
        for (Set<String> group : stronglyConnected(graph)) {
            if (group.size() < 2) {
                continue;
            }
            StringBuilder line = new StringBuilder("cycle between " + group + ":");
            for (String from : group) {
                graph.getOrDefault(from, Map.of()).forEach((to, files) -> {
                    if (group.contains(to)) {
                        line.append("\n    ").append(from).append(" -> ").append(to).append(" in ").append(files);
                    }
                });
            }
            violations.add(line.toString());
        }
        return violations;
    }

    /** Tarjan's algorithm over the package graph. */
    private static List<Set<String>> stronglyConnected(Map<String, Map<String, Set<String>>> graph) {
        Set<String> nodes = new TreeSet<>(graph.keySet());
        graph.values().forEach(edges -> nodes.addAll(edges.keySet()));
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> groups = new ArrayList<>();
        int[] counter = {0};
        for (String node : nodes) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, groups, counter);
            }
        }
        return groups;
    }

    private static void connect(String node, Map<String, Map<String, Set<String>>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> groups, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, groups, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> group = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(node));
            groups.add(group);
        }
    }
}
