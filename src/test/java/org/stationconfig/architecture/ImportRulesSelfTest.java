package org.stationconfig.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules catch what they are for, on sources made up here: each can fail. */
class ImportRulesSelfTest {

    private static SourceImports sources(String... pathAndSource) {
        Map<String, SourceImports.SourceFile> files = new TreeMap<>();
        for (int i = 0; i < pathAndSource.length; i += 2) {
            files.put(pathAndSource[i], SourceImports.parse(pathAndSource[i], pathAndSource[i + 1]));
        }
        return new SourceImports(files);
    }

    @Test
    void machineryImportingAFeatureIsCaughtAlsoAsAFullyQualifiedName() {
        SourceImports made = sources(
                "ocpp/session/A.java", "package org.stationconfig.ocpp.session;\nimport org.stationconfig.settings.SettingsStore;\n",
                "ocpp/rpc/B.java", "package org.stationconfig.ocpp.rpc;\nclass B { org.stationconfig.audit.AuditLog log; }\n",
                "ocpp/rpc/C.java", "package org.stationconfig.ocpp.rpc;\nimport org.stationconfig.common.GuardedExecutor;\n"
                        + "// org.stationconfig.settings.SettingsStore in a comment\nclass C { String s = \"org.stationconfig.auth.Role\"; }\n");
        assertEquals(List.of("ocpp/rpc/B.java uses org.stationconfig.audit", "ocpp/session/A.java uses org.stationconfig.settings"),
                ImportRules.machineryImportingFeatures(made));
    }

    @Test
    void ocpp16TypesOutsideAnAdapterAreCaught() {
        SourceImports made = sources(
                "station/Connector.java", "package org.stationconfig.station;\nimport org.stationconfig.ocpp.v16.types.MeterValue;\n",
                "station/ocpp/Mapping.java", "package org.stationconfig.station.ocpp;\nimport org.stationconfig.ocpp.v16.types.MeterValue;\n",
                "ocpp/trigger/T.java", "package org.stationconfig.ocpp.trigger;\nimport static org.stationconfig.ocpp.v16.core.Reset.ResetType.Hard;\n");
        assertEquals(List.of("station/Connector.java uses org.stationconfig.ocpp.v16.types"),
                ImportRules.ocpp16OutsideAdapters(made));
    }

    @Test
    void aCycleOfThreePackagesIsCaughtWithTheFilesThatMakeIt() {
        SourceImports made = sources(
                "a/A.java", "package org.stationconfig.a;\nimport org.stationconfig.b.B;\n",
                "b/B.java", "package org.stationconfig.b.sub;\nimport org.stationconfig.c.C;\n",
                "c/C.java", "package org.stationconfig.c;\nimport org.stationconfig.a.A;\n",
                "d/D.java", "package org.stationconfig.d;\nimport org.stationconfig.a.A;\n");
        List<String> cycles = ImportRules.cycles(made, Set.of());
        assertEquals(1, cycles.size(), cycles.toString());
        assertTrue(cycles.get(0).startsWith("cycle between [a, b, c]:"), cycles.get(0));
        assertTrue(cycles.get(0).contains("c -> a in [c/C.java]"), cycles.get(0));
        assertEquals(List.of(), ImportRules.cycles(made, Set.of("c -> a")), "an ignored edge breaks it");
    }
}
