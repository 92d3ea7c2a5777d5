package org.stationconfig.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.openssl.PEMEncryptor;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.pem.PemObject;

/** Upload files in the forms phones send: PEM concatenations, PKCS#12, encrypted and legacy key encodings. */
public final class TestFiles {

    private TestFiles() {
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] pemChain(Issued... certificates) {
        StringBuilder text = new StringBuilder();
        for (Issued issued : certificates) {
            text.append(issued.pem());
        }
        return ascii(text.toString());
    }

    public static byte[] pkcs12(Issued leaf, char[] password, Issued... issuers) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate[] chain = new Certificate[issuers.length + 1];
            chain[0] = leaf.certificate();
            for (int i = 0; i < issuers.length; i++) {
                chain[i + 1] = issuers[i].certificate();
            }
            store.setKeyEntry("station", leaf.keyPair().getPrivate(), password, chain);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encryptedPkcs8(PrivateKey key, char[] password) {
        try {
            JceOpenSSLPKCS8EncryptorBuilder encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC);
            encryptor.setProvider(TestPki.BC).setPassword(password);
            return write(new JcaPKCS8Generator(key, encryptor.build()).generate());
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#1 "RSA PRIVATE KEY". */
    public static String rsaTraditionalKey(PrivateKey rsaKey) {
        return write(new PemObject("RSA PRIVATE KEY", innerKey(rsaKey)));
    }

    /** SEC1 "EC PRIVATE KEY" naming its curve, as OpenSSL writes it. */
    public static String sec1Key(PrivateKey ecKey) {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(ecKey.getEncoded());
        BigInteger d = ((java.security.interfaces.ECPrivateKey) ecKey).getS();
        int orderBits = ((java.security.interfaces.ECPrivateKey) ecKey).getParams().getOrder().bitLength();
        ECPrivateKey sec1 = new ECPrivateKey(orderBits, d, info.getPrivateKeyAlgorithm().getParameters());
        return write(new PemObject("EC PRIVATE KEY", encoded(sec1)));
    }

    /** SEC1 without the curve: what JcaPEMWriter makes of a JDK EC key (stack-notes §7). */
    public static String sec1KeyWithoutCurve(PrivateKey ecKey) {
        BigInteger d = ((java.security.interfaces.ECPrivateKey) ecKey).getS();
        int orderBits = ((java.security.interfaces.ECPrivateKey) ecKey).getParams().getOrder().bitLength();
        return write(new PemObject("EC PRIVATE KEY", encoded(new ECPrivateKey(orderBits, d))));
    }

    /** OpenSSL's legacy "Proc-Type: 4,ENCRYPTED" PKCS#1 PEM. */
    public static String legacyEncryptedRsaKey(PrivateKey rsaKey, char[] password) {
        PEMEncryptor encryptor = new JcePEMEncryptorBuilder("AES-256-CBC").setProvider(TestPki.BC).build(password);
        try {
            return write(new JcaMiscPEMGenerator(rsaKey, encryptor));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] innerKey(PrivateKey key) {
        try {
            return PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(ECPrivateKey key) {
        try {
            return key.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String write(Object object) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    public static byte[] derOf(ASN1Sequence sequence) {
        try {
            return sequence.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
