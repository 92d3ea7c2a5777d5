package org.stationconfig.https;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.certificates.CertificateDescription;
import org.stationconfig.certificates.CertificateReader;
import org.stationconfig.certificates.CertificateRefusedException;
import org.stationconfig.certificates.PemEncoding;
import org.stationconfig.data.OwnerOnlyFiles;
import org.stationconfig.hardware.StationProperties;

/**
 * The local API's HTTPS certificate (SPEC §7): made with Bouncy Castle on first start and kept in the data directory
 * ({@value #CERTIFICATE_FILE} and {@value #KEY_FILE}, each written whole and readable by the owner only, like every
 * file there); its SHA-256 fingerprint is written to {@value #FINGERPRINT_FILE} and logged at every start so the app
 * can pin it.
 */
@Singleton
public class StationHttpsCertificate {

    public static final String CERTIFICATE_FILE = "https-certificate.pem";
    public static final String KEY_FILE = "https-key.pem";
    public static final String FINGERPRINT_FILE = "https-fingerprint";
    private static final Logger LOG = LoggerFactory.getLogger(StationHttpsCertificate.class);

    private final Path dataDir;
    private final StationProperties station;
    private final Clock clock;

    /** Where the server finds its PEM files, and the fingerprint to pin. */
    public record Files(Path certificate, Path key, String fingerprint) {
    }

    public StationHttpsCertificate(@Property(name = "station.data-dir") String dataDir, StationProperties station,
                                   Clock clock) {
        this.dataDir = Path.of(dataDir);
        this.station = station;
        this.clock = clock;
    }

    /** Makes the certificate if there is none yet; every call writes and logs the fingerprint. */
    public synchronized Files ensure() {
        Path certificateFile = dataDir.resolve(CERTIFICATE_FILE);
        Path keyFile = dataDir.resolve(KEY_FILE);
        try {
            if (!java.nio.file.Files.exists(certificateFile) || !java.nio.file.Files.exists(keyFile)) {
                SelfSignedServerCertificate.Issued issued = SelfSignedServerCertificate.create(station.serialNumber(),
                        clock.instant());
                // the key first: a certificate whose key is missing would be taken as complete at the next start
                OwnerOnlyFiles.write(keyFile, PemEncoding.privateKey(issued.keyPair().getPrivate())
                        .getBytes(StandardCharsets.US_ASCII));
                OwnerOnlyFiles.write(certificateFile, PemEncoding.certificate(issued.certificate())
                        .getBytes(StandardCharsets.US_ASCII));
                LOG.info("Created the HTTPS certificate of the local API in {}", certificateFile);
            }
            String fingerprint = fingerprint(read(certificateFile));
            OwnerOnlyFiles.write(dataDir.resolve(FINGERPRINT_FILE), (fingerprint + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            LOG.info("Local API HTTPS certificate SHA-256 fingerprint (pin this in the app): {}", fingerprint);
            return new Files(certificateFile, keyFile, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("The HTTPS certificate in " + dataDir + " cannot be read or written", e);
        }
    }

    /** Uppercase hex pairs separated by colons, as {@code openssl x509 -fingerprint -sha256} prints it. */
    static String fingerprint(X509Certificate certificate) {
        String hex = CertificateDescription.fingerprint(certificate);
        return String.join(":", hex.split("(?<=\\G..)"));
    }

    private static X509Certificate read(Path file) throws IOException {
        try {
            List<X509Certificate> certificates = new CertificateReader().readCertificates(java.nio.file.Files.readAllBytes(file));
            return certificates.get(0);
        } catch (CertificateRefusedException damaged) {
            throw new IOException("The HTTPS certificate " + file + " is damaged: " + damaged.getMessage()
                    + "; delete it and its key to make a new one (the app must pin the new fingerprint)");
        }
    }
}
