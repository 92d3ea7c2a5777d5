package org.stationconfig.certificates;

import java.util.Arrays;
import java.util.Optional;

/** What an installed certificate is for, with the OCPP 1.6 security whitepaper names (CertificateUseEnumType). */
public enum CertificateUse {
    CENTRAL_SYSTEM_ROOT("CentralSystemRootCertificate", true),
    MANUFACTURER_ROOT("ManufacturerRootCertificate", true),
    CHARGE_POINT("ChargePointCertificate", false);

    private final String ocppName;
    private final boolean root;

    CertificateUse(String ocppName, boolean root) {
        this.ocppName = ocppName;
        this.root = root;
    }

    public String ocppName() {
        return ocppName;
    }

    /** A trust anchor (CA certificate) rather than the station's own TLS client certificate. */
    public boolean isRoot() {
        return root;
    }

    /** Reads the OCPP name as sent by the central system or the app. */
    public static Optional<CertificateUse> fromOcppName(String name) {
        return Arrays.stream(values()).filter(use -> use.ocppName.equals(name)).findFirst();
    }
}
