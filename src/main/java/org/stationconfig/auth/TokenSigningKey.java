package org.stationconfig.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.security.token.jwt.signature.ec.ECSignatureGeneratorConfiguration;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.data.OwnerOnlyFiles;

/**
 * The station's own EC P-256 key that signs (ES256) and verifies the app's bearer tokens. Generated on first start
 * and kept as a private JWK in {@code <data dir>/token-signing-key.jwk} (mode 0600), so tokens survive a restart.
 * Named "generator": micronaut-security-jwt signs with it and also accepts it for validation (stack notes §6).
 */
@Context // created at start-up: an unusable key file stops the service at once, not at the first login
@Named("generator")
public class TokenSigningKey implements ECSignatureGeneratorConfiguration {

    public static final String KEY_FILE = "token-signing-key.jwk";
    private static final Logger LOG = LoggerFactory.getLogger(TokenSigningKey.class);

    private final String kid;
    private final ECPrivateKey privateKey;
    private final ECPublicKey publicKey;

    public TokenSigningKey(@Property(name = "station.data-dir") String dataDir) {
        ECKey key = loadOrCreate(Path.of(dataDir).resolve(KEY_FILE));
        try {
            this.kid = key.getKeyID();
            this.privateKey = key.toECPrivateKey();
            this.publicKey = key.toECPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable token signing key", e);
        }
    }

    @Override
    public ECPrivateKey getPrivateKey() {
        return privateKey;
    }

    @Override
    public ECPublicKey getPublicKey() {
        return publicKey;
    }

    @Override
    public JWSAlgorithm getJwsAlgorithm() {
        return JWSAlgorithm.ES256;
    }

    @Override
    public Optional<String> getKid() {
        return Optional.ofNullable(kid);
    }

    private static ECKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                ECKey stored = ECKey.parse(Files.readString(file, StandardCharsets.US_ASCII));
                if (!Curve.P_256.equals(stored.getCurve()) || !stored.isPrivate()) {
                    throw new IllegalStateException(file.toAbsolutePath() + " is not a private P-256 key");
                }
                return stored;
            }
            ECKey created = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
            OwnerOnlyFiles.write(file, created.toJSONString().getBytes(StandardCharsets.US_ASCII));
            LOG.info("Generated the token signing key {} in {}", created.getKeyID(), file.toAbsolutePath());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file.toAbsolutePath(), e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Unusable token signing key in " + file.toAbsolutePath(), e);
        }
    }
}
