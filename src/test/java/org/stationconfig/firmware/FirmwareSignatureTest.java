package org.stationconfig.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whitepaper's firmware signature: base64 SHA-256 with RSA or ECDSA over the whole image (L01). */
class FirmwareSignatureTest {

    private static final byte[] IMAGE = "station firmware 2.0.0 \u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    @Test
    void anEcdsaSignatureOverTheImageVerifiesWithTheSigningCertificate() throws IOException {
        FirmwareSigner signer = FirmwareSigner.ec();
        assertTrue(FirmwareSignature.verifies(image(IMAGE), signer.sign(IMAGE), signer.signing().pem()));
    }

    @Test
    void anRsaSignatureVerifiesToo() throws IOException {
        FirmwareSigner signer = FirmwareSigner.rsa();
        assertTrue(FirmwareSignature.verifies(image(IMAGE), signer.sign(IMAGE), signer.signing().pem()));
    }

    @Test
    void aLargeImageIsReadInChunksAndStillVerifies() throws IOException {
        byte[] large = new byte[300_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        FirmwareSigner signer = FirmwareSigner.ec();
        assertTrue(FirmwareSignature.verifies(image(large), signer.sign(large), signer.signing().pem()));
    }

    @Test
    void aChangedImageAnotherKeyOrAGarbledSignatureDoNotVerify() throws IOException {
        FirmwareSigner signer = FirmwareSigner.ec();
        Path tampered = image("station firmware 2.0.1".getBytes(StandardCharsets.US_ASCII));
        assertFalse(FirmwareSignature.verifies(tampered, signer.sign(IMAGE), signer.signing().pem()), "other bytes");
        Path image = image(IMAGE);
        assertFalse(FirmwareSignature.verifies(image, FirmwareSigner.ec().sign(IMAGE), signer.signing().pem()), "other key");
        assertFalse(FirmwareSignature.verifies(image, "not base64 at all!", signer.signing().pem()), "not base64");
        assertFalse(FirmwareSignature.verifies(image, Base64.getEncoder().encodeToString(new byte[70]),
                signer.signing().pem()), "not a DER ECDSA signature");
        assertFalse(FirmwareSignature.verifies(image, signer.sign(IMAGE), "-----BEGIN CERTIFICATE-----\nAAAA"),
                "no certificate to verify with");
    }

    @Test
    void theAlgorithmFollowsTheCertificatesKey() {
        assertEquals(Optional.of("SHA256withECDSA"), FirmwareSignature.algorithmFor(FirmwareSigner.ec().signing()
                .certificate().getPublicKey()));
        assertEquals(Optional.of("SHA256withRSA"), FirmwareSignature.algorithmFor(FirmwareSigner.rsa().signing()
                .certificate().getPublicKey()));
    }

    private Path image(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "image", ".bin");
        Files.write(file, bytes);
        return file;
    }
}
