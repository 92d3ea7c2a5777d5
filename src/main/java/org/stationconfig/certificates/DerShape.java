package org.stationconfig.certificates;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/** Recognises which of the DER files a phone may send this is, from the outer ASN.1 structure alone. */
enum DerShape {
    /** SEQUENCE { SEQUENCE, SEQUENCE, BIT STRING }: a certificate, or a CSR which has the same outline. */
    SIGNED_STRUCTURE,
    /** PFX: SEQUENCE { INTEGER 3, ContentInfo, MacData? } (RFC 7292). */
    PKCS12,
    /** ContentInfo { signedData, ... }: a .p7b bundle. */
    PKCS7,
    /** PrivateKeyInfo: SEQUENCE { INTEGER 0|1, AlgorithmIdentifier, OCTET STRING, ... }. */
    PRIVATE_KEY,
    /** EncryptedPrivateKeyInfo: SEQUENCE { AlgorithmIdentifier, OCTET STRING }. */
    ENCRYPTED_PRIVATE_KEY,
    UNKNOWN;

    static DerShape of(byte[] der) {
        ASN1Sequence seq;
        try {
            seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (java.io.IOException | RuntimeException notDer) { // BC: IllegalArgumentException, ClassCastException
            return UNKNOWN;
        }
        if (seq == null || seq.size() < 2) {
            return UNKNOWN;
        }
        ASN1Encodable first = seq.getObjectAt(0);
        ASN1Encodable second = seq.getObjectAt(1);
        if (seq.size() == 3 && first instanceof ASN1Sequence && second instanceof ASN1Sequence
                && seq.getObjectAt(2) instanceof ASN1BitString) {
            return SIGNED_STRUCTURE;
        }
        if (first instanceof ASN1Integer version && second instanceof ASN1Sequence) {
            if (version.hasValue(3)) {
                return PKCS12;
            }
            if ((version.hasValue(0) || version.hasValue(1)) && seq.size() >= 3 && seq.getObjectAt(2) instanceof ASN1OctetString) {
                return PRIVATE_KEY;
            }
        }
        if (first instanceof ASN1ObjectIdentifier type && type.equals(PKCSObjectIdentifiers.signedData)) {
            return PKCS7;
        }
        if (seq.size() == 2 && first instanceof ASN1Sequence && second instanceof ASN1OctetString) {
            return ENCRYPTED_PRIVATE_KEY;
        }
        return UNKNOWN;
    }
}
