package org.stationconfig.certificates.manage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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
 * Every certificate use × every writer, install and delete, against the table published in SECURITY.md (issue 11:
 * the access matrix as a table). A temporary installer is an INSTALLER here; its token is checked over HTTP in
 * CertificateUsePermissionsTest.
 */
@MicronautTest(transactional = false)
class CertificateUseAccessTableTest extends TestDataDir {

    /** use, then per writer: + may install and delete, - may not (O owner, I installer, S service, C central system). */
    static final List<String> TABLE = List.of(
            "CentralSystemRootCertificate  O- I+ S+ C+",
            "ManufacturerRootCertificate   O- I- S+ C+",
            "ChargePointCertificate        O- I+ S+ C+");

    private static final Map<Character, Actor> ACTORS = Map.of(
            'O', Actor.app("owner", Role.OWNER), 'I', Actor.app("installer", Role.INSTALLER),
            'S', Actor.app("service", Role.SERVICE), 'C', Actor.csms());
    private static final Issued STATION_CA = TestPki.ca("Table Station CA").build();

    @Inject
    CertificateInstallation installation;
    @Inject
    CertificateRemoval removal;

    static Stream<Arguments> table() {
        return TABLE.stream().flatMap(row -> {
            String[] cells = row.trim().split("\\s+");
            return Stream.of(cells).skip(1).map(cell -> Arguments.of(cells[0], cell.charAt(0), cell.charAt(1) == '+'));
        });
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
