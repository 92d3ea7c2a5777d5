package org.stationconfig.certificates.manage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stationconfig.TestDataDir;
import org.stationconfig.audit.AuditLog;
import org.stationconfig.audit.Category;
import org.stationconfig.auth.Actor;
import org.stationconfig.auth.MutableClock;
import org.stationconfig.auth.MutableClockFactory;
import org.stationconfig.auth.Role;
import org.stationconfig.certificates.CertificateDescription;
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.CsrSigner;
import org.stationconfig.certificates.Issued;
import org.stationconfig.certificates.KeyType;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.certificates.SameKey;
import org.stationconfig.certificates.TestFiles;
import org.stationconfig.certificates.TestPki;
import org.stationconfig.certificates.Warning;
import org.stationconfig.certificates.store.CertificateChanges;
import org.stationconfig.certificates.store.CertificateEventsRecorder;
import org.stationconfig.certificates.store.CertificateStore;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.certificates.store.InstalledCertificate;
import org.stationconfig.certificates.store.PendingKeys;
import org.stationconfig.settings.ChangeRequest;
import org.stationconfig.settings.SettingChanges;

/** The store behind uploads and OCPP: what is kept, refused, sealed, paired, switched to and audited. */
@MicronautTest(transactional = false)
class CertificateInstallationTest extends TestDataDir {

    static final Actor INSTALLER = Actor.app("installer", Role.INSTALLER);
    static final String SERIAL = "SIM0000001"; // the station's default serial number

    @Inject
    CertificateInstallation installation;
    @Inject
    CertificateRemoval removal;
    @Inject
    CertificateStore store;
    @Inject
    CertificatesInUse inUse;
    @Inject
    PendingKeys pendingKeys;
    @Inject
    CertificateChanges changes;
    @Inject
    CertificateEventsRecorder events;
    @Inject
    SettingChanges settings;
    @Inject
    AuditLog audit;
    @Inject
    MutableClock clock;

    private final Issued stationCa = TestPki.ca("Station CA").organisation("Example CPO").build();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MutableClockFactory.PROPERTY, "mutable");
    }

    @BeforeAll
    void cpoName() {
        settings.apply(ChangeRequest.fromApp(INSTALLER, Map.of("cpoName", "Example CPO"), null));
    }

    @BeforeEach
    void clearEvents() {
        clock.set(Instant.now());
        changes.check();
        events.clear();
    }

    @Test
    void aRootIsStoredListedAuditedAndMakesProfile2Possible() {
        Issued root = TestPki.ca("CSMS Root A").build();
        InstallOutcome outcome = installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, root.pemBytes(), null, null, INSTALLER);

        assertTrue(outcome.accepted(), outcome.toString());
        InstalledCertificate installed = outcome.installed();
        assertEquals(CertificateDescription.of(root.certificate()), installed.description());
        assertEquals(List.of(root.certificate()), store.find(installed.id()).orElseThrow().chain());
        assertTrue(inUse.hasCentralSystemRootCertificate());
        assertTrue(events.roots.get(events.roots.size() - 1).fingerprints().contains(installed.fingerprint()));
        assertTrue(audit.page(Category.CERTIFICATE, 0, 50).getContent().stream().anyMatch(e ->
                e.event().equals("CERTIFICATE_INSTALLED") && e.message().contains(installed.fingerprint())
                        && e.principal().equals("installer")));
    }

    @Test
    void theSameCertificateTwiceIsRefusedAndNothingChanges() {
        Issued root = TestPki.ca("CSMS Root Twice").build();
        assertTrue(installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, root.pemBytes(), null, null, INSTALLER).accepted());
        List<InstalledCertificate> before = store.all();

        InstallOutcome again = installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, root.der(), null, null, INSTALLER);

        assertEquals(List.of(RefusalReason.ALREADY_INSTALLED), again.reasons());
        assertEquals(before, store.all());
    }

    @Test
    void aFullRootStoreRefusesTheNextRoot() {
        int free = 20 - (int) store.all().stream().filter(c -> c.use().isRoot()).count(); // CertificateStoreMaxLength
        List<InstalledCertificate> filler = new java.util.ArrayList<>();
        for (int i = 0; i < free; i++) {
            filler.add(installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, TestPki.ca("Filler " + i).build().pemBytes(),
                    null, null, INSTALLER).installed());
        }
        List<InstalledCertificate> before = store.all();

        InstallOutcome full = installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT, TestPki.ca("One Too Many").build().pemBytes(),
                null, null, INSTALLER);

        assertEquals(List.of(RefusalReason.STORE_FULL), full.reasons());
        assertEquals(before, store.all());
        filler.forEach(c -> assertEquals(RemovalOutcome.DELETED, removal.remove(c.id(), INSTALLER)));
    }

    @Test
    void aStationCertificateKeepsItsKeySealed() {
        Issued station = TestPki.leaf(SERIAL).organisation("Example CPO").issuedBy(stationCa).build();
        InstallOutcome outcome = installation.upload(CertificateUse.CHARGE_POINT, TestFiles.pemChain(station, stationCa),
                station.keyPemBytes(), null, INSTALLER);

        assertTrue(outcome.accepted(), outcome.toString());
        byte[] sealed = outcome.installed().row().sealedKey();
        byte[] pkcs8 = station.keyPair().getPrivate().getEncoded();
        assertNotNull(sealed);
        assertFalse(contains(sealed, java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length)),
                "the key's secret bytes are not in the stored row");
        SameKey.assertSameKey(station.keyPair().getPrivate(), store.withPrivateKey(outcome.installed()).orElseThrow().privateKey());
        assertEquals(outcome.installed().id(), inUse.stationCertificate(clock.instant()).orElseThrow().id());
        assertEquals(outcome.installed().fingerprint(), events.station.get(events.station.size() - 1).fingerprint());
    }

    @Test
    void aSignedCertificateForTheStationsRequestFindsItsWaitingKey() throws Exception {
        PendingKeys.Request request = pendingKeys.create(KeyType.EC_P256, INSTALLER);
        Issued signed = CsrSigner.sign(request.signingRequest().pem(), stationCa);
        long waiting = pendingKeys.count();

        InstallOutcome outcome = installation.upload(CertificateUse.CHARGE_POINT, signed.pemBytes(), null, null, INSTALLER);

        assertTrue(outcome.accepted(), outcome.toString());
        assertEquals(waiting - 1, pendingKeys.count());
        assertEquals(signed.certificate().getPublicKey(),
                store.withPrivateKey(outcome.installed()).orElseThrow().certificates().get(0).getPublicKey());
        assertTrue(store.withPrivateKey(outcome.installed()).isPresent());
    }

    @Test
    void aSignedCertificateMustCarryTheSubjectItsRequestAskedFor() throws Exception {
        PendingKeys.Request request = pendingKeys.create(KeyType.EC_P256, INSTALLER);
        Issued renamed = TestPki.leaf("SOMEONE-ELSE").organisation("Example CPO")
                .key(new java.security.KeyPair(CsrSigner.parse(request.signingRequest().pem()).getPublicKey(), null))
                .issuedBy(stationCa).build();
        List<InstalledCertificate> before = store.all();

        InstallOutcome outcome = installation.upload(CertificateUse.CHARGE_POINT, renamed.pemBytes(), null, null, INSTALLER);

        assertEquals(List.of(RefusalReason.SUBJECT_SERIAL_MISMATCH), outcome.reasons());
        assertEquals(before, store.all());
    }

    @Test
    void aStationCertificateWithoutKeyAndWithoutRequestIsRefused() {
        Issued station = TestPki.leaf(SERIAL).organisation("Example CPO").issuedBy(stationCa).build();
        long waiting = pendingKeys.count();

        InstallOutcome outcome = installation.upload(CertificateUse.CHARGE_POINT, station.pemBytes(), null, null, INSTALLER);

        assertEquals(List.of(RefusalReason.NO_MATCHING_REQUEST), outcome.reasons());
        assertEquals(waiting, pendingKeys.count());
    }

    @Test
    void aNotYetValidStationCertificateTakesOverAtItsNotBeforeAndTheOldOneStays() throws Exception {
        Issued current = TestPki.leaf(SERIAL).organisation("Example CPO").issuedBy(stationCa).build();
        long currentId = installation.upload(CertificateUse.CHARGE_POINT, current.pemBytes(), current.keyPemBytes(), null,
                INSTALLER).installed().id();
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        PendingKeys.Request request = pendingKeys.create(KeyType.EC_P256, INSTALLER);
        Issued next = CsrSigner.sign(request.signingRequest().pem(), stationCa, start.plus(Duration.ofDays(2)),
                start.plus(Duration.ofDays(300)));

        InstallOutcome outcome = installation.upload(CertificateUse.CHARGE_POINT, next.pemBytes(), null, null, INSTALLER);

        assertTrue(outcome.verdict().warns(Warning.Kind.SWITCH_WHEN_VALID), outcome.toString());
        assertEquals(currentId, inUse.stationCertificate(clock.instant()).orElseThrow().id());
        events.clear();
        clock.advance(Duration.ofDays(3));
        changes.check();
        assertEquals(outcome.installed().id(), inUse.stationCertificate(clock.instant()).orElseThrow().id());
        assertEquals(outcome.installed().fingerprint(), events.station.get(0).fingerprint());
        assertTrue(store.find(currentId).isPresent(), "the previous certificate is kept as fallback");
    }

    @Test
    void theStationCertificateInUseIsNotDeletedAndNeverOverOcpp() {
        Issued station = TestPki.leaf(SERIAL).organisation("Example CPO").issuedBy(stationCa).build();
        InstalledCertificate installed = installation.upload(CertificateUse.CHARGE_POINT, station.pemBytes(),
                station.keyPemBytes(), null, INSTALLER).installed();

        assertEquals(RemovalOutcome.STATION_CERTIFICATE_IN_USE, removal.remove(installed.id(), INSTALLER));
        assertEquals(RemovalOutcome.STATION_CERTIFICATE_OVER_OCPP, removal.remove(installed.id(), Actor.csms()));
        assertEquals(RemovalOutcome.NOT_FOUND, removal.remove(987654, INSTALLER));
        assertTrue(store.find(installed.id()).isPresent());
    }

    @Test
    void aRootIsDeletedWithAnAuditLineWhenNoProfileUsesIt() {
        InstalledCertificate root = installation.upload(CertificateUse.CENTRAL_SYSTEM_ROOT,
                TestPki.ca("CSMS Root Gone").build().pemBytes(), null, null, INSTALLER).installed();

        assertEquals(RemovalOutcome.DELETED, removal.remove(root.id(), INSTALLER));

        assertTrue(store.find(root.id()).isEmpty());
        assertTrue(audit.page(Category.CERTIFICATE, 0, 50).getContent().stream().anyMatch(e ->
                e.event().equals("CERTIFICATE_DELETED") && e.message().contains(root.fingerprint())));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return Collections.indexOfSubList(box(haystack), box(needle)) >= 0;
    }

    private static List<Byte> box(byte[] bytes) {
        java.util.List<Byte> list = new java.util.ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }
}
