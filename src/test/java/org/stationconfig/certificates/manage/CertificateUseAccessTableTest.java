package org.stationconfig.certificates.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stationconfig.TestDataDir;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.certificates.TestFiles;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.store.InstalledCertificate;

/**
 * Every certificate use × every writer, install and delete, against the table published in SECURITY.md, read from
 * there so the document and the test cannot drift (issue 11: the access matrix as a table). A temporary installer is
 * an INSTALLER here; its token is checked over HTTP in CertificateUsePermissionsTest.
 */
@MicronautTest(transactional = false)
class CertificateUseAccessTableTest extends TestDataDir {

    static final Path PUBLISHED = Path.of("SECURITY.md");
    static final String BEGIN = "<!-- certificate-use-access:begin -->";
    static final String END = "<!-- certificate-use-access:end -->";
    /** The table's columns after the use; a cell of "–" means the writer may neither install nor delete. */
    private static final List<Character> COLUMNS = List.of('O', 'I', 'S', 'C');

    private static final Map<Character, Actor> ACTORS = Map.of(
            'O', Actor.app("owner", Role.OWNER), 'I', Actor.app("installer", Role.INSTALLER),
            'S', Actor.app("service", Role.SERVICE), 'C', Actor.csms());
    private static final Issued STATION_CA = TestPki.ca("Table Station CA").build();

    @Inject
    CertificateInstallation installation;
    @Inject
    CertificateRemoval removal;

    static Stream<Arguments> table() throws IOException {
        List<String[]> rows = publishedRows();
        assertEquals(CertificateUse.values().length, rows.size(), "one row per use in " + PUBLISHED);
        return rows.stream().flatMap(cells -> COLUMNS.stream().map(writer -> Arguments.of(
                cells[0].split(" ")[0], writer, !cells[COLUMNS.indexOf(writer) + 1].equals("–"))));
    }

    /** The rows of the table between the markers in SECURITY.md, as cells; the header and the rule are skipped. */
    static List<String[]> publishedRows() throws IOException {
        String document = Files.readString(PUBLISHED);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        assertTrue(begin >= 0 && end > begin, PUBLISHED + " has no table between " + BEGIN + " and " + END);
        return document.substring(begin + BEGIN.length(), end).strip().lines().skip(2)
                .map(line -> Stream.of(line.split("\\|")).map(String::strip).filter(cell -> !cell.isEmpty())
                        .toArray(String[]::new))
                .toList();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("table")
    void installAndDeleteFollowThePublishedTable(String useName, char writer, boolean allowed) {
        CertificateUse use = CertificateUse.fromOcppName(useName).orElseThrow();
        Actor actor = ACTORS.get(writer);

        InstallOutcome installed = install(use, actor);
        if (allowed) {
            assertNotEquals(List.of(RefusalReason.NOT_PERMITTED), installed.reasons(), installed.verdict().toString());
        } else {
            assertEquals(List.of(RefusalReason.NOT_PERMITTED), installed.reasons());
        }

        InstalledCertificate target = install(use, Actor.system()).installed();
        if (use == CertificateUse.CHARGE_POINT) {
            install(use, Actor.system()); // the newer one is in use, so the target may go
        }
        RemovalOutcome removed = removal.remove(target.id(), actor);
        if (!allowed) {
            assertEquals(RemovalOutcome.NOT_PERMITTED, removed);
        } else if (use == CertificateUse.CHARGE_POINT && writer == 'C') {
            assertEquals(RemovalOutcome.STATION_CERTIFICATE_OVER_OCPP, removed, "M04.FR.05 applies on top");
        } else {
            assertEquals(RemovalOutcome.DELETED, removed);
        }
    }

    /** A fresh certificate of the use, the way the actor would send it: the app uploads, the central system uses OCPP. */
    private InstallOutcome install(CertificateUse use, Actor actor) {
        if (use.isRoot()) {
            Issued root = TestPki.ca("Table " + use.ocppName()).build();
            return actor.role() == null && actor.equals(Actor.csms())
                    ? installation.installRoot(use, root.pem(), actor)
                    : installation.upload(use, root.pemBytes(), null, null, actor);
        }
        Issued leaf = TestPki.leaf("SIM0000001").issuedBy(STATION_CA).build();
        if (actor.equals(Actor.csms())) { // CertificateSigned: allowed, then judged (no request of ours waits for it)
            InstallOutcome outcome = installation.signed(new String(TestFiles.pemChain(leaf, STATION_CA)), actor);
            assertTrue(outcome.reasons().contains(RefusalReason.NO_MATCHING_REQUEST)
                    || outcome.reasons().contains(RefusalReason.NOT_PERMITTED), outcome.reasons().toString());
            return outcome;
        }
        return installation.upload(use, TestFiles.pemChain(leaf, STATION_CA), leaf.keyPemBytes(), null, actor);
    }
}
