package org.stationconfig.certificates;

import java.io.IOException;
import java.io.StringReader;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.InvalidKeyException;
import java.time.Instant;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/** Plays the CA that signs the station's CSR, as a central system or an installer's CA does. */
public final class CsrSigner {

    private CsrSigner() {
    }

    public static JcaPKCS10CertificationRequest parse(String csrPem) {
        try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
            return new JcaPKCS10CertificationRequest((PKCS10CertificationRequest) parser.readObject());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client certificate for the CSR's key and subject (CN, O), issued by {@code ca}. */
    public static Issued sign(String csrPem, Issued ca) {
        return builder(csrPem, ca).build();
    }

    public static Issued sign(String csrPem, Issued ca, Instant notBefore, Instant notAfter) {
        return builder(csrPem, ca).validity(notBefore, notAfter).build();
    }

    public static TestPki.Builder builder(String csrPem, Issued ca) {
        JcaPKCS10CertificationRequest csr = parse(csrPem);
        String cn = IETFUtils.valueToString(csr.getSubject().getRDNs(BCStyle.CN)[0].getFirst().getValue());
        String o = IETFUtils.valueToString(csr.getSubject().getRDNs(BCStyle.O)[0].getFirst().getValue());
        try {
            return TestPki.leaf(cn).organisation(o).key(new KeyPair(csr.getPublicKey(), null)).issuedBy(ca);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
