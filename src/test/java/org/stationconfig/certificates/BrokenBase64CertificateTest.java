package org.stationconfig.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by the OCPP fuzzing suite (issue 11): a CertificateSigned chain of base64 letters whose last unit is
 * incomplete ("HHHHH") threw IllegalArgumentException from the decoder, answered InternalError (and 500 over REST).
 * It is a certificate refused as not a certificate.
 */
class BrokenBase64CertificateTest {

    @ParameterizedTest
    @ValueSource(ints = {17, 21, 4849})
    void base64LettersThatDoNotDecodeAreNotACertificate(int letters) {
        byte[] text = "H".repeat(letters).getBytes(StandardCharsets.US_ASCII); // letters % 4 == 1: an incomplete unit
        CertificateRefusedException refused = assertThrows(CertificateRefusedException.class,
                () -> new CertificateReader().readCertificates(text));
        assertEquals(RefusalReason.NOT_A_CERTIFICATE, refused.reason());
    }
}
