package org.stationconfig.certificates.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyFactoryTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartMakes32RandomBytesReadableByTheOwnerOnly() throws Exception {
        Path file = dir.resolve(MasterKeyFactory.FILE);
        byte[] key = MasterKeyFactory.loadOrCreate(file);

        assertEquals(32, key.length);
        assertArrayEquals(key, Files.readAllBytes(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(key, MasterKeyFactory.loadOrCreate(file), "later starts read the same key");
        assertFalse(java.util.Arrays.equals(key, MasterKeyFactory.loadOrCreate(dir.resolve("other.key"))));
    }

    @Test
    void aDamagedKeyFileStopsTheStartWithoutShowingIt() throws Exception {
        Path file = dir.resolve(MasterKeyFactory.FILE);
        Files.write(file, new byte[] {1, 2, 3});
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> MasterKeyFactory.loadOrCreate(file));
        assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
    }
}
