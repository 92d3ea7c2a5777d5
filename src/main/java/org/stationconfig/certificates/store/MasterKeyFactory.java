package org.stationconfig.certificates.store;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.data.OwnerOnlyFiles;
import org.stationconfig.certificates.KeyVault;

/**
 * The station master key that seals private keys at rest: 32 random bytes made on first start in
 * {@code <data dir>/master.key} (mode 0600). Its content is never logged; losing it makes stored keys unusable.
 */
@Factory
public class MasterKeyFactory {

    public static final String FILE = "master.key";
    private static final int BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyFactory.class);

    @Singleton
    KeyVault keyVault(@Property(name = "station.data-dir") String dataDir) {
        byte[] key = loadOrCreate(Path.of(dataDir).resolve(FILE));
        try {
            return new KeyVault(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length != BYTES) {
                    throw new IllegalStateException("The station master key " + file + " is damaged (expected "
                            + BYTES + " bytes); restore it from a backup, or move it away to start over without "
                            + "the stored private keys");
                }
                return key;
            }
            byte[] key = new byte[BYTES];
            new SecureRandom().nextBytes(key);
            OwnerOnlyFiles.write(file, key);
            LOG.info("Created the station master key {} (owner-readable only); it seals the stored private keys", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The station master key " + file + " cannot be read or written", e);
        }
    }
}
