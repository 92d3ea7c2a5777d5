package org.stationconfig.certificates;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;

/**
 * The one entry point for certificates arriving at the station: from the app's upload, from InstallCertificate
 * and from CertificateSigned. Reads, applies {@link CertificatePolicy}, and never stores anything itself.
 */
public final class CertificateIntake {

    private final CertificateReader reader;
    private final CertificatePolicy policy;

    public CertificateIntake(CertificateReader reader, CertificatePolicy policy) {
        this.reader = reader;
        this.policy = policy;
    }

    public CertificateIntake() {
        this(new CertificateReader(), new CertificatePolicy());
    }

    /** POST /api/v1/certificates: {@code file}, optional {@code key} and {@code password}, for the given use. */
    public Inspection inspectUpload(CertificateUse use, byte[] file, byte[] keyFile, char[] password,
                                    ExpectedSubject expected, Instant now) {
        CertificateMaterial material;
        try {
            material = reader.read(file, keyFile, password);
        } catch (CertificateRefusedException refused) {
            return new Inspection(null, Verdict.refused(refused.refusal()));
        }
        return new Inspection(material, policy.check(use, material, expected, now));
    }

    /**
     * Reads an upload without judging it, for a station certificate whose key is already at the station (a CSR's
     * pending key): the caller adds the key and calls {@link #check}. Refused only when unreadable.
     */
    public Inspection read(byte[] file, byte[] keyFile, char[] password) {
        try {
            CertificateMaterial material = reader.read(file, keyFile, password);
            return new Inspection(material, new Verdict(List.of(), List.of()));
        } catch (CertificateRefusedException refused) {
            return new Inspection(null, Verdict.refused(refused.refusal()));
        }
    }

    /** The policy alone, for material read by {@link #read}. */
    public Inspection check(CertificateUse use, CertificateMaterial material, ExpectedSubject expected, Instant now) {
        return new Inspection(material, policy.check(use, material, expected, now));
    }

    /** InstallCertificate.req: a root (CentralSystemRootCertificate or ManufacturerRootCertificate) as PEM text. */
    public Inspection inspectInstall(CertificateUse use, String pem, Instant now) {
        if (!use.isRoot()) {
            throw new IllegalArgumentException("InstallCertificate installs roots only, not " + use.ocppName());
        }
        return inspectUpload(use, pem.getBytes(StandardCharsets.US_ASCII), null, null, ExpectedSubject.any(), now);
    }

    /**
     * CertificateSigned.req (A02.FR.06): the chain for the key the station generated for its CSR; subject checked
     * against the serial number and CpoName the CSR carried.
     */
    public Inspection inspectSigned(String certificateChainPem, PrivateKey pendingKey, ExpectedSubject expected,
                                    Instant now) {
        CertificateMaterial material;
        try {
            material = new CertificateMaterial(reader.readCertificates(
                    certificateChainPem.getBytes(StandardCharsets.US_ASCII)), pendingKey);
        } catch (CertificateRefusedException refused) {
            return new Inspection(null, Verdict.refused(refused.refusal()));
        }
        return new Inspection(material, policy.check(CertificateUse.CHARGE_POINT, material, expected, now));
    }
}
