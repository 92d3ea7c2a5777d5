package org.stationconfig.certificates;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * A PKCS#12 (.p12/.pfx) file opened with its password: the certificate chain (leaf first) and the private key. Each
 * key derivation (MAC, encrypted certificates, the key) is admitted by {@link WorkFactor} before it runs.
 */
final class Pkcs12File {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private Pkcs12File() {
    }

    static CertificateMaterial read(byte[] der, char[] password) throws CertificateRefusedException {
        PKCS12PfxPdu pfx;
        try {
            pfx = new PKCS12PfxPdu(der);
        } catch (IOException | RuntimeException damaged) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.PKCS12_DAMAGED), damaged);
        }
        char[] secret = password == null ? new char[0] : password;
        WorkFactor work = new WorkFactor();
        checkMac(pfx, secret, work);
        List<X509Certificate> certificates = new ArrayList<>();
        List<PrivateKey> keys = new ArrayList<>();
        for (ContentInfo content : contentInfos(pfx)) {
            for (PKCS12SafeBag bag : bags(content, secret, work)) {
                Object value = bag.getBagValue();
                if (value instanceof X509CertificateHolder holder) {
                    certificates.add(CertificateDecoder.decode(encoded(holder)));
                } else if (value instanceof PKCS8EncryptedPrivateKeyInfo shrouded) {
                    if (!keys.isEmpty()) { // refused before a second derivation is paid for
                        throw new CertificateRefusedException(Refusal.of(RefusalReason.PKCS12_DAMAGED,
                                "it holds several private keys"));
                    }
                    work.admit(shrouded.getEncryptionAlgorithm());
                    keys.add(decrypt(shrouded, secret));
                } else if (value instanceof PrivateKeyInfo plain) {
                    keys.add(PrivateKeyDecoder.toJava(plain));
                }
            }
        }
        if (keys.isEmpty()) {
            throw new CertificateRefusedException(RefusalReason.PKCS12_WITHOUT_KEY);
        }
        if (keys.size() > 1) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.PKCS12_DAMAGED, "it holds several private keys"));
        }
        PrivateKey key = keys.get(0);
        return new CertificateMaterial(ChainOrder.leafFirst(key, certificates), key);
    }

    private static ContentInfo[] contentInfos(PKCS12PfxPdu pfx) throws CertificateRefusedException {
        try {
            return pfx.getContentInfos();
        } catch (RuntimeException damaged) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.PKCS12_DAMAGED), damaged);
        }
    }

    private static void checkMac(PKCS12PfxPdu pfx, char[] password, WorkFactor work) throws CertificateRefusedException {
        if (!pfx.hasMac()) {
            return;
        }
        MacData mac = pfx.toASN1Structure().getMacData();
        AlgorithmIdentifier scheme = mac.getMac().getAlgorithmId();
        if (scheme.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBMAC1)) { // RFC 9579: PBKDF2 inside
            work.admit(scheme);
        } else {
            work.admitIterations(mac.getIterationCount(), "PKCS#12 MAC");
        }
        boolean valid;
        try {
            valid = pfx.isMacValid(new JcePKCS12MacCalculatorBuilderProvider().setProvider(BC), password);
        } catch (PKCSException | RuntimeException unsupported) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.PKCS12_DAMAGED), unsupported);
        }
        if (!valid) {
            throw new CertificateRefusedException(password.length == 0
                    ? RefusalReason.PKCS12_PASSWORD_MISSING : RefusalReason.PKCS12_PASSWORD_WRONG);
        }
    }

    private static PKCS12SafeBag[] bags(ContentInfo content, char[] password, WorkFactor work)
            throws CertificateRefusedException {
        boolean encrypted = content.getContentType().equals(PKCSObjectIdentifiers.encryptedData);
        if (encrypted) {
            work.admit(encryptionScheme(content));
        }
        try {
            PKCS12SafeBagFactory factory = encrypted
                    ? new PKCS12SafeBagFactory(content, decryptor(password))
                    : new PKCS12SafeBagFactory(content);
            return factory.getSafeBags();
        } catch (PKCSException | RuntimeException unreadable) { // without a MAC, a wrong password shows up here
            throw new CertificateRefusedException(Refusal.of(RefusalReason.PKCS12_PASSWORD_WRONG), unreadable);
        }
    }

    private static AlgorithmIdentifier encryptionScheme(ContentInfo content) throws CertificateRefusedException {
        try {
            return EncryptedData.getInstance(content.getContent()).getEncryptionAlgorithm();
        } catch (RuntimeException damaged) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.PKCS12_DAMAGED), damaged);
        }
    }

    private static PrivateKey decrypt(PKCS8EncryptedPrivateKeyInfo shrouded, char[] password)
            throws CertificateRefusedException {
        try {
            return PrivateKeyDecoder.toJava(shrouded.decryptPrivateKeyInfo(decryptor(password)));
        } catch (PKCSException | RuntimeException wrongPassword) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.PKCS12_PASSWORD_WRONG), wrongPassword);
        }
    }

    private static InputDecryptorProvider decryptor(char[] password) {
        return new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BC).build(password);
    }

    private static byte[] encoded(X509CertificateHolder holder) throws CertificateRefusedException {
        try {
            return holder.getEncoded();
        } catch (IOException damaged) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.CERTIFICATE_DAMAGED), damaged);
        }
    }
}
