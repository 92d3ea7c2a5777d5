package org.stationconfig.certificates;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v1CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Builds certificates for tests with Bouncy Castle: CAs, intermediates, leaves, expired, weak, odd extensions. */
public final class TestPki {

    public static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

    private TestPki() {
    }

    /** A self-signed CA unless {@link Builder#issuedBy} is called. */
    public static Builder ca(String commonName) {
        return new Builder(commonName).ca(true).keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
    }

    /** An end-entity certificate for TLS client and server use. */
    public static Builder leaf(String commonName) {
        return new Builder(commonName).ca(false).keyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment)
                .extendedKeyUsage(KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_serverAuth);
    }

    /** A fresh-per-name, then cached, key pair; RSA generation is slow enough to share. */
    public static KeyPair ec(String curve) {
        return KEYS.computeIfAbsent("EC-" + curve, name -> generate("EC", new ECGenParameterSpec(curve), 0));
    }

    public static KeyPair ecFresh() {
        return generate("EC", new ECGenParameterSpec("secp256r1"), 0);
    }

    public static KeyPair rsa(int bits) {
        return KEYS.computeIfAbsent("RSA-" + bits, name -> generate("RSA", null, bits));
    }

    private static KeyPair generate(String algorithm, ECGenParameterSpec curve, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve != null && !List.of("secp256r1", "secp384r1", "secp521r1").contains(curve.getName())) {
                generator = KeyPairGenerator.getInstance(algorithm, BC); // JDK 17 implements only these three
            }
            if (curve != null) {
                generator.initialize(curve, RANDOM);
            } else {
                generator.initialize(bits, RANDOM);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Builder {
        private final X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE);
        private Issued issuer;
        private KeyPair keyPair;
        private Instant notBefore = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        private Instant notAfter = notBefore.plus(Duration.ofDays(366));
        private Boolean ca;
        private Integer keyUsage;
        private KeyPurposeId[] extendedKeyUsage;
        private final List<GeneralName> altNames = new ArrayList<>();
        private boolean version1;
        private BigInteger serial = new BigInteger(63, RANDOM).add(BigInteger.ONE);
        private String signatureAlgorithm;

        private Builder(String commonName) {
            subject.addRDN(BCStyle.CN, commonName);
        }

        public Builder organisation(String organisation) {
            subject.addRDN(BCStyle.O, organisation);
            return this;
        }

        public Builder issuedBy(Issued issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder key(KeyPair keyPair) {
            this.keyPair = keyPair;
            return this;
        }

        public Builder validity(Instant from, Instant until) {
            this.notBefore = from;
            this.notAfter = until;
            return this;
        }

        public Builder expired() {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return validity(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));
        }

        public Builder notYetValid() {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return validity(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(400)));
        }

        /** null: no BasicConstraints extension at all. */
        public Builder ca(Boolean ca) {
            this.ca = ca;
            return this;
        }

        /** null: no KeyUsage extension at all. */
        public Builder keyUsage(Integer keyUsage) {
            this.keyUsage = keyUsage;
            return this;
        }

        /** No arguments: no ExtendedKeyUsage extension. */
        public Builder extendedKeyUsage(KeyPurposeId... purposes) {
            this.extendedKeyUsage = purposes.length == 0 ? null : purposes;
            return this;
        }

        public Builder dns(String... names) {
            for (String name : names) {
                altNames.add(new GeneralName(GeneralName.dNSName, name));
            }
            return this;
        }

        public Builder ip(String... addresses) {
            for (String address : addresses) {
                altNames.add(new GeneralName(GeneralName.iPAddress, address));
            }
            return this;
        }

        public Builder version1() {
            this.version1 = true;
            return this;
        }

        public Builder serial(BigInteger serial) {
            this.serial = serial;
            return this;
        }

        public Builder signatureAlgorithm(String algorithm) {
            this.signatureAlgorithm = algorithm;
            return this;
        }

        public Issued build() {
            KeyPair keys = keyPair != null ? keyPair : ecFresh();
            X500Name name = subject.build();
            X500Name issuerName = issuer == null ? name : X500Name.getInstance(
                    issuer.certificate().getSubjectX500Principal().getEncoded());
            KeyPair signingKeys = issuer == null ? keys : issuer.keyPair();
            try {
                ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm != null ? signatureAlgorithm
                        : defaultSignature(signingKeys)).setProvider(BC).build(signingKeys.getPrivate());
                X509CertificateHolder holder = version1
                        ? new JcaX509v1CertificateBuilder(issuerName, serial, Date.from(notBefore), Date.from(notAfter),
                                name, keys.getPublic()).build(signer)
                        : extensions(new JcaX509v3CertificateBuilder(issuerName, serial, Date.from(notBefore),
                                Date.from(notAfter), name, keys.getPublic())).build(signer);
                return new Issued(convert(holder), keys);
            } catch (OperatorCreationException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private X509v3CertificateBuilder extensions(X509v3CertificateBuilder builder) throws java.io.IOException {
            if (ca != null) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            }
            if (keyUsage != null) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            }
            if (extendedKeyUsage != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(extendedKeyUsage));
            }
            if (!altNames.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(altNames.toArray(GeneralName[]::new)));
            }
            return builder;
        }

        private static String defaultSignature(KeyPair signingKeys) {
            return signingKeys.getPrivate().getAlgorithm().startsWith("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        }

        private static X509Certificate convert(X509CertificateHolder holder) {
            try {
                return new JcaX509CertificateConverter().getCertificate(holder);
            } catch (CertificateException jdkRefused) { // legacy curves: only BC reads them
                try {
                    return new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
                } catch (CertificateException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
