package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TlsMaterialTest {

    private final CertificateReader reader = new CertificateReader();
    private final Issued root = TestPki.ca("Material Root").build();
    private final Issued otherRoot = TestPki.ca("Next Root").build();
    private final Issued stationCa = TestPki.ca("Station CA").build();
    private final Issued station = TestPki.leaf("CP-0001").issuedBy(stationCa).build();

    @Test
    void profile2CarriesOnlyTheRoots() throws Exception {
        TlsMaterial material = TlsMaterial.serverAuthentication(List.of(root.certificate(), otherRoot.certificate()));
        assertEquals(List.of(root.certificate(), otherRoot.certificate()),
                reader.readCertificates(TestFiles.ascii(material.trustAnchorsPem())));
        assertTrue(material.clientChain().isEmpty());
        assertTrue(material.clientKey().isEmpty());
    }

    @Test
    void profile3CarriesChainLeafFirstAndPkcs8Key() throws Exception {
        TlsMaterial material = TlsMaterial.mutualAuthentication(List.of(root.certificate()),
                List.of(station.certificate(), stationCa.certificate()), station.keyPair().getPrivate());
        assertEquals(List.of(station.certificate(), stationCa.certificate()),
                reader.readCertificates(TestFiles.ascii(material.clientChainPem())));
        assertTrue(material.clientKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
        SameKey.assertSameKey(station.keyPair().getPrivate(), reader.readPrivateKey(TestFiles.ascii(material.clientKeyPem()), null));
    }

    @Test
    void toStringNeverShowsTheKey() {
        TlsMaterial material = TlsMaterial.mutualAuthentication(List.of(root.certificate()),
                List.of(station.certificate()), station.keyPair().getPrivate());
        assertFalse(material.toString().contains("PRIVATE"), material.toString());
        assertEquals("TlsMaterial[trustAnchors=1 certificate(s), clientChain=1 certificate(s), clientKey=set]",
                material.toString());
    }

    @Test
    void refusesMissingPrerequisites() {
        assertThrows(IllegalArgumentException.class, () -> TlsMaterial.serverAuthentication(List.of()));
        assertThrows(IllegalArgumentException.class, () -> TlsMaterial.mutualAuthentication(List.of(root.certificate()),
                List.of(station.certificate()), null));
    }
}
