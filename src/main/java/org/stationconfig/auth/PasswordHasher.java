package org.stationconfig.auth;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.util.Arrays;

/**
 * Argon2id password hashes (Bouncy Castle) in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, so the parameters travel with each hash and can be raised
 * later without breaking stored ones.
 */
@Singleton
public class PasswordHasher {

    // OWASP's Argon2id baseline (19 MiB, 2 passes). Measured on the 2-core build machine with a warm JIT: 45 ms idle,
    // 60-100 ms under load; t=3 was 65 ms idle but up to 140 ms loaded, over the 100 ms budget for logins.
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final int memoryKib;
    // Checked when a username is unknown, so that answer costs the same time as a wrong password. Only its parameters
    // set that cost, and no password may match it: random bytes for the hash, not one computed at start (issue 12).
    private final String decoy;

    public PasswordHasher() {
        this(MEMORY_KIB);
    }

    /**
     * {@code station.auth.password-memory-kib} exists for the test suite only (a cheaper hash in the thousands of
     * logins of its service starts, issue 12 item 4); a station runs with the default, which PasswordHasherTest checks.
     */
    @Inject
    PasswordHasher(@Value("${station.auth.password-memory-kib:" + MEMORY_KIB + "}") int memoryKib) {
        this.memoryKib = memoryKib;
        this.decoy = phc(randomBytes(SALT_BYTES), randomBytes(HASH_BYTES));
    }

    public String hash(String password) {
        byte[] salt = randomBytes(SALT_BYTES);
        return phc(salt, argon2(password, salt, memoryKib, ITERATIONS, PARALLELISM, HASH_BYTES));
    }

    String decoy() {
        return decoy;
    }

    private String phc(byte[] salt, byte[] hash) {
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Constant-time check of a password against a stored PHC string; a malformed string never matches. */
    public boolean matches(String password, String phc) {
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return false;
        }
        byte[] salt = B64D.decode(m.group(4));
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = argon2(password, salt, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), expected.length);
        return Arrays.constantTimeAreEqual(expected, actual);
    }

    /** Spends the time of one check and says no: for logins whose username does not exist. */
    public boolean matchesNothing(String password) {
        matches(password, decoy);
        return false;
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }
}
