package org.stationconfig.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13.10 and 11.7: whole files or none, and nothing in the data directory readable by another user. */
class OwnerOnlyFilesTest {

    @TempDir
    Path temp;

    @Test
    void aWriteReplacesTheFileWholeWithMode0600InA0700Folder() throws IOException {
        Path file = temp.resolve("data/credentials");

        OwnerOnlyFiles.write(file, "first".getBytes(StandardCharsets.US_ASCII));
        OwnerOnlyFiles.write(file, "second".getBytes(StandardCharsets.US_ASCII));

        assertEquals("second", Files.readString(file));
        assertEquals("rw-------", mode(file));
        assertEquals("rwx------", mode(file.getParent()));
        assertEquals(List.of("credentials"), names(file.getParent()), "no temporary file is left");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = temp.resolve("https-key.pem");
        OwnerOnlyFiles.write(file, "the old key".getBytes(StandardCharsets.US_ASCII));

        IOException crash = assertThrows(IOException.class, () -> OwnerOnlyFiles.write(file, out -> {
            out.write("half of the new k".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("power lost");
        }));

        assertEquals("power lost", crash.getMessage());
        assertEquals("the old key", Files.readString(file));
        assertEquals(List.of("https-key.pem"), names(temp));
    }

    @Test
    void aTemporaryFileLeftByACrashIsReplacedAtTheNextWrite() throws IOException {
        Path file = temp.resolve("master.key");
        Files.writeString(temp.resolve("master.key.tmp"), "torn");

        OwnerOnlyFiles.write(file, "whole".getBytes(StandardCharsets.US_ASCII));

        assertEquals("whole", Files.readString(file));
        assertFalse(Files.exists(temp.resolve("master.key.tmp")));
    }

    @Test
    void anExistingWiderFolderAndFileAreNarrowed() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path database = Files.writeString(folder.resolve("station.db"), "rows");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));

        OwnerOnlyFiles.file(database);

        assertEquals("rwx------", mode(folder));
        assertEquals("rw-------", mode(database));
        assertEquals("rows", Files.readString(database), "the content is kept");
    }

    @Test
    void missingParentFoldersAreMade0700() throws IOException {
        Path deep = temp.resolve("a/b/c");

        OwnerOnlyFiles.folder(deep);

        assertEquals("rwx------", mode(temp.resolve("a")));
        assertEquals("rwx------", mode(temp.resolve("a/b")));
        assertEquals("rwx------", mode(deep));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
