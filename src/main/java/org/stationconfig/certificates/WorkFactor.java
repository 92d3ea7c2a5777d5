package org.stationconfig.certificates;

import java.math.BigInteger;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PBMAC1Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The key-derivation work one upload may ask for, checked before any derivation runs: an uploaded file chooses its
 * own PBKDF2 or PKCS#12 iteration count and scrypt cost, and 2^31 iterations would hold the station for hours (issue
 * 11 hole 10). Exporters write 2 048 (OpenSSL, Windows) to 10 000 (Java keytool) iterations: the cap is ten times that,
 * a few seconds of a station's CPU in all. A scheme not known here cannot be costed, so it is refused.
 */
final class WorkFactor {

    static final long MAX_ITERATIONS = 100_000;
    /** A PKCS#12 derives several keys (MAC, certificates, private key): the file as a whole gets this much. */
    static final long MAX_TOTAL_ITERATIONS = 300_000;
    /** scrypt: 128·N·r bytes of memory, N·r·p block mixes; OpenSSL writes N=16384, r=8, p=1 (16 MiB). */
    static final long MAX_SCRYPT_MEMORY = 64L * 1024 * 1024;
    static final long MAX_SCRYPT_WORK = 1L << 20;

    /** PKCS#5 v1.5 (RFC 8018 appendix A.3): pbeWithMD2/MD5/SHA1 and DES/RC2. */
    private static final Set<ASN1ObjectIdentifier> PKCS5_V15_SCHEMES = Set.of(
            PKCSObjectIdentifiers.pbeWithMD2AndDES_CBC, PKCSObjectIdentifiers.pbeWithMD2AndRC2_CBC,
            PKCSObjectIdentifiers.pbeWithMD5AndDES_CBC, PKCSObjectIdentifiers.pbeWithMD5AndRC2_CBC,
            PKCSObjectIdentifiers.pbeWithSHA1AndDES_CBC, PKCSObjectIdentifiers.pbeWithSHA1AndRC2_CBC);

    private long spent;

    /** Admits one password-based derivation named by {@code algorithm} (an encryption or MAC scheme), or refuses. */
    void admit(AlgorithmIdentifier algorithm) throws CertificateRefusedException {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        ASN1Encodable parameters = algorithm.getParameters();
        try {
            if (oid.equals(PKCSObjectIdentifiers.id_PBES2)) {
                KeyDerivationFunc kdf = PBES2Parameters.getInstance(parameters).getKeyDerivationFunc();
                admitKdf(kdf.getAlgorithm(), kdf.getParameters());
            } else if (oid.equals(PKCSObjectIdentifiers.id_PBMAC1)) {
                AlgorithmIdentifier kdf = PBMAC1Params.getInstance(parameters).getKeyDerivationFunc();
                admitKdf(kdf.getAlgorithm(), kdf.getParameters());
            } else if (oid.on(PKCSObjectIdentifiers.pkcs_12PbeIds)) {
                admitIterations(PKCS12PBEParams.getInstance(parameters).getIterations(), "PKCS#12 PBE");
            } else if (PKCS5_V15_SCHEMES.contains(oid)) {
                admitIterations(PBEParameter.getInstance(parameters).getIterationCount(), "PKCS#5 PBE");
            } else { // its cost cannot be checked before it runs
                throw unknown("encryption scheme " + oid.getId());
            }
        } catch (IllegalArgumentException | NullPointerException | ClassCastException unreadable) {
            throw new CertificateRefusedException(Refusal.of(RefusalReason.WORK_FACTOR_TOO_HIGH,
                    "its key-derivation parameters cannot be read"), unreadable);
        }
    }

    /** A PKCS#12 MAC of the classic kind: the iteration count stands in MacData. */
    void admitIterations(BigInteger iterations, String what) throws CertificateRefusedException {
        if (iterations == null || iterations.signum() <= 0 || iterations.bitLength() > 62
                || iterations.longValue() > MAX_ITERATIONS) {
            throw tooMuch(what + " with " + shown(iterations) + " iterations, at most " + MAX_ITERATIONS);
        }
        spent += iterations.longValue();
        if (spent > MAX_TOTAL_ITERATIONS) {
            throw tooMuch(spent + " iterations in all, at most " + MAX_TOTAL_ITERATIONS + " per upload");
        }
    }

    private void admitKdf(ASN1ObjectIdentifier kdf, ASN1Encodable parameters) throws CertificateRefusedException {
        if (kdf.equals(PKCSObjectIdentifiers.id_PBKDF2)) {
            admitIterations(PBKDF2Params.getInstance(parameters).getIterationCount(), "PBKDF2");
        } else if (kdf.equals(MiscObjectIdentifiers.id_scrypt)) {
            ScryptParams scrypt = ScryptParams.getInstance(parameters);
            admitScrypt(scrypt.getCostParameter(), scrypt.getBlockSize(), scrypt.getParallelizationParameter());
        } else {
            throw unknown("key derivation " + kdf.getId());
        }
    }

    private static void admitScrypt(BigInteger n, BigInteger r, BigInteger p) throws CertificateRefusedException {
        String what = "scrypt with N=" + shown(n) + ", r=" + shown(r) + ", p=" + shown(p);
        if (n.signum() <= 0 || r.signum() <= 0 || p.signum() <= 0 || n.bitLength() > 30 || r.bitLength() > 30
                || p.bitLength() > 30) {
            throw tooMuch(what);
        }
        long memory = 128L * n.longValue() * r.longValue();
        long work = n.longValue() * r.longValue() * p.longValue();
        if (memory > MAX_SCRYPT_MEMORY || work > MAX_SCRYPT_WORK) {
            throw tooMuch(what + " (" + memory / (1024 * 1024) + " MiB), at most " + MAX_SCRYPT_MEMORY / (1024 * 1024)
                    + " MiB and N·r·p " + MAX_SCRYPT_WORK);
        }
    }

    /** Never echo an unbounded number. */
    private static String shown(BigInteger value) {
        if (value == null) {
            return "no";
        }
        return value.bitLength() <= 62 ? value.toString() : "about 2^" + value.bitLength();
    }

    private static CertificateRefusedException unknown(String what) {
        return new CertificateRefusedException(Refusal.of(RefusalReason.UNKNOWN_PASSWORD_SCHEME, what));
    }

    private static CertificateRefusedException tooMuch(String detail) {
        return new CertificateRefusedException(Refusal.of(RefusalReason.WORK_FACTOR_TOO_HIGH, detail));
    }
}
