package org.stationconfig.certificates;

import java.io.IOException;
import java.security.PublicKey;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The algorithm family and size of a public key, read from its DER encoding (not from JDK key classes,
 * which do not know every curve). EC size is the bit length of the curve order (P-256 → 256).
 */
public record KeyStrength(String algorithm, int bits) {

    public static final String RSA = "RSA";
    public static final String EC = "EC";

    static final int RSA_MIN_BITS = 2048; // whitepaper A00.FR.502 (RSA/DSA at least 2048 bits)
    static final int EC_MIN_BITS = 224;   // whitepaper A00.FR.503 (ECC at least 224 bits)

    public static KeyStrength of(PublicKey key) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        ASN1ObjectIdentifier oid = info.getAlgorithm().getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption) || oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            return new KeyStrength(RSA, rsaBits(info));
        }
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            return new KeyStrength(EC, ecBits(info));
        }
        return new KeyStrength(oid.getId(), 0);
    }

    /** The OID of a named EC curve; empty for RSA and for explicit curve parameters. */
    static Optional<ASN1ObjectIdentifier> curve(PublicKey key) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        if (!info.getAlgorithm().getAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            return Optional.empty();
        }
        X962Parameters parameters = X962Parameters.getInstance(info.getAlgorithm().getParameters());
        return parameters.isNamedCurve()
                ? Optional.of(ASN1ObjectIdentifier.getInstance(parameters.getParameters()))
                : Optional.empty();
    }

    public boolean supported() {
        return RSA.equals(algorithm) || (EC.equals(algorithm) && bits > 0);
    }

    public boolean strongEnough() {
        return (RSA.equals(algorithm) && bits >= RSA_MIN_BITS) || (EC.equals(algorithm) && bits >= EC_MIN_BITS);
    }

    @Override
    public String toString() {
        return algorithm + " " + bits + " bits";
    }

    private static int rsaBits(SubjectPublicKeyInfo info) {
        try {
            return RSAPublicKey.getInstance(info.parsePublicKey()).getModulus().bitLength();
        } catch (IOException | RuntimeException malformed) { // counted as size 0, which the policy refuses
            return 0;
        }
    }

    private static int ecBits(SubjectPublicKeyInfo info) {
        X962Parameters parameters = X962Parameters.getInstance(info.getAlgorithm().getParameters());
        X9ECParameters curve = parameters.isNamedCurve()
                ? ECNamedCurveTable.getByOID(ASN1ObjectIdentifier.getInstance(parameters.getParameters()))
                : parameters.isImplicitlyCA() ? null : X9ECParameters.getInstance(parameters.getParameters());
        return curve == null ? 0 : curve.getN().bitLength();
    }
}
