package org.stationconfig.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Files made to cost the station time, memory or stack: key-derivation work-factor bombs (crafted, since making them
 * honestly would take the test as long as the attack) and ASN.1 nested deeper than any certificate.
 */
public final class HostileFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private HostileFiles() {
    }

    /** An encrypted PKCS#8 key (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC) asking for this many iterations. */
    public static byte[] pbkdf2Key(int iterations) {
        PBKDF2Params kdf = new PBKDF2Params(bytes(16), iterations, 32,
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE));
        return encryptedKey(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, kdf));
    }

    /** An encrypted PKCS#8 key derived with scrypt: N=2^20, r=8 asks for 1 GiB. */
    public static byte[] scryptKey(int costParameter, int blockSize) {
        return encryptedKey(new KeyDerivationFunc(MiscObjectIdentifiers.id_scrypt,
                new ScryptParams(bytes(16), costParameter, blockSize, 1, 32)));
    }

    /** A valid PKCS#12 whose MAC now asks for {@code iterations} (the MAC no longer verifies: it is never reached). */
    public static byte[] pkcs12WithMacIterations(byte[] pkcs12, int iterations) {
        Pfx pfx = Pfx.getInstance(pkcs12);
        MacData mac = pfx.getMacData();
        return der(new Pfx(pfx.getAuthSafe(), new MacData(mac.getMac(), mac.getSalt(), iterations)));
    }

    /**
     * A PKCS#12 without MAC (so only decryption can tell a wrong password) whose encrypted certificates
     * ({@code certificates}) or shrouded key ({@code key}) ask for {@code iterations}.
     */
    public static byte[] pkcs12WithoutMac(byte[] pkcs12, int iterations, boolean certificates, boolean key) {
        Pfx pfx = Pfx.getInstance(pkcs12);
        ContentInfo[] contents = AuthenticatedSafe.getInstance(
                ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets()).getContentInfo();
        for (int i = 0; i < contents.length; i++) {
            if (contents[i].getContentType().equals(PKCSObjectIdentifiers.encryptedData) && certificates) {
                EncryptedData data = EncryptedData.getInstance(contents[i].getContent());
                contents[i] = new ContentInfo(PKCSObjectIdentifiers.encryptedData, new EncryptedData(
                        data.getContentType(), costly(data.getEncryptionAlgorithm(), iterations), data.getContent()));
            } else if (contents[i].getContentType().equals(PKCSObjectIdentifiers.data) && key) {
                contents[i] = new ContentInfo(PKCSObjectIdentifiers.data,
                        new DEROctetString(der(costlyKeyBags(contents[i], iterations))));
            }
        }
        ContentInfo authSafe = new ContentInfo(PKCSObjectIdentifiers.data,
                new DEROctetString(der(new AuthenticatedSafe(contents))));
        return der(new Pfx(authSafe, null));
    }

    /** {@code depth} SEQUENCEs inside each other, DER with definite lengths. */
    public static byte[] nestedSequences(int depth) {
        byte[] inner = new byte[0];
        for (int i = 0; i < depth; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0x30);
            writeLength(out, inner.length);
            out.writeBytes(inner);
            inner = out.toByteArray();
        }
        return inner;
    }

    /** The same nesting with BER indefinite lengths: two bytes per level in, two out. */
    public static byte[] nestedIndefinite(int depth) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < depth; i++) {
            out.write(0x30);
            out.write(0x80);
        }
        out.writeBytes(new byte[2 * depth]);
        return out.toByteArray();
    }

    public static String pem(String label, byte[] content) {
        return TestFiles.write(new PemObject(label, content));
    }

    private static org.bouncycastle.asn1.ASN1Sequence costlyKeyBags(ContentInfo data, int iterations) {
        org.bouncycastle.asn1.ASN1Sequence bags = org.bouncycastle.asn1.ASN1Sequence.getInstance(
                ASN1OctetString.getInstance(data.getContent()).getOctets());
        org.bouncycastle.asn1.ASN1EncodableVector rewritten = new org.bouncycastle.asn1.ASN1EncodableVector();
        for (ASN1Encodable element : bags) {
            SafeBag bag = SafeBag.getInstance(element);
            if (bag.getBagId().equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)) {
                EncryptedPrivateKeyInfo key = EncryptedPrivateKeyInfo.getInstance(bag.getBagValue());
                bag = new SafeBag(bag.getBagId(), new EncryptedPrivateKeyInfo(
                        costly(key.getEncryptionAlgorithm(), iterations), key.getEncryptedData()), bag.getBagAttributes());
            }
            rewritten.add(bag);
        }
        return new org.bouncycastle.asn1.DERSequence(rewritten);
    }

    /** The same scheme with another iteration count: PBES2/PBKDF2 (JDK 17 keystores) or the PKCS#12 PBE schemes. */
    private static AlgorithmIdentifier costly(AlgorithmIdentifier scheme, int iterations) {
        if (scheme.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)) {
            PBES2Parameters pbes2 = PBES2Parameters.getInstance(scheme.getParameters());
            PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
            return new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(
                    new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(kdf.getSalt(), iterations,
                            kdf.getPrf())), pbes2.getEncryptionScheme()));
        }
        PKCS12PBEParams params = PKCS12PBEParams.getInstance(scheme.getParameters());
        return new AlgorithmIdentifier(scheme.getAlgorithm(), new PKCS12PBEParams(params.getIV(), iterations));
    }

    private static byte[] encryptedKey(KeyDerivationFunc kdf) {
        EncryptionScheme aes = new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(bytes(16)));
        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(kdf, aes)), bytes(160));
        return TestFiles.ascii(pem("ENCRYPTED PRIVATE KEY", der(info)));
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        } else {
            out.write(0x83);
            out.write(length >> 16);
            out.write(length >> 8);
            out.write(length);
        }
    }

    private static byte[] der(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
