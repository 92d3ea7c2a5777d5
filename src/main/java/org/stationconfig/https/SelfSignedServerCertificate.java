package org.stationconfig.https;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.stationconfig.certificates.KeyType;

/**
 * The certificate the station serves its local API with over HTTPS: self-signed (the app pins its SHA-256
 * fingerprint rather than trusting a CA), EC P-256, serverAuth, names localhost, the host name and loopback addresses.
 */
final class SelfSignedServerCertificate {

    /** Pinned by the app: a long life spares re-pairing; it is replaced only by deleting the files. */
    static final Duration VALIDITY = Duration.ofDays(3650);

    private SelfSignedServerCertificate() {
    }

    record Issued(X509Certificate certificate, KeyPair keyPair) {
    }

    static Issued create(String serialNumber, Instant now) {
        KeyPair keyPair = KeyType.EC_P256.generate();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "station-config " + serialNumber)
                .addRDN(BCStyle.O, "station-config local API").build();
        Instant from = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1)); // tolerate a phone slightly behind
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, new SecureRandom()).add(BigInteger.ONE), Date.from(from),
                    Date.from(from.plus(VALIDITY)), subject, keyPair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate())));
            return new Issued(certificate, keyPair);
        } catch (IOException | OperatorCreationException | CertificateException impossible) { // fixed, valid inputs
            throw new IllegalStateException("The HTTPS certificate cannot be made", impossible);
        }
    }

    private static GeneralName[] names() {
        List<GeneralName> names = new ArrayList<>(List.of(new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.iPAddress, "::1")));
        try {
            String host = InetAddress.getLocalHost().getHostName();
            if (!host.isBlank() && !host.equals("localhost") && host.matches("[A-Za-z0-9.-]+")) {
                names.add(new GeneralName(GeneralName.dNSName, host));
            }
        } catch (IOException unknownHost) {
            // no host name: localhost and the addresses are enough, the app pins the fingerprint anyway
        }
        return names.toArray(GeneralName[]::new);
    }
}
