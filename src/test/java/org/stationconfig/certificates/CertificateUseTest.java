package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateUseTest {

    @Test
    void readsTheWhitepaperNamesExactly() {
        assertEquals(Optional.of(CertificateUse.CENTRAL_SYSTEM_ROOT), CertificateUse.fromOcppName("CentralSystemRootCertificate"));
        assertEquals(Optional.of(CertificateUse.MANUFACTURER_ROOT), CertificateUse.fromOcppName("ManufacturerRootCertificate"));
        assertEquals(Optional.of(CertificateUse.CHARGE_POINT), CertificateUse.fromOcppName("ChargePointCertificate"));
        assertTrue(CertificateUse.fromOcppName("V2GRootCertificate").isEmpty());
        assertTrue(CertificateUse.MANUFACTURER_ROOT.isRoot());
        assertFalse(CertificateUse.CHARGE_POINT.isRoot());
    }
}
