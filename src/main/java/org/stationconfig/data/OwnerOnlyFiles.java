package org.stationconfig.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Every file and folder the service makes in its data directory: folders mode 0700, files 0600, given at creation
 * (Java cannot set the umask, so nothing is created with the default mode and narrowed later). Files that must be
 * whole are written to a temporary sibling, fsynced, renamed over the target and the folder fsynced.
 */
public final class OwnerOnlyFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Writes a file's content; may fail part-way, like a crash would. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the file completely or not at all (see {@link #write(Path, Content)}). */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Writes the file completely or not at all: the content goes to a sibling created 0600, is fsynced, renamed
     * atomically over the target, and the folder is fsynced so the rename survives a power loss. If writing fails,
     * the old file is untouched and the sibling removed.
     */
    public static void write(Path target, Content content) throws IOException {
        Path folder = folder(target.toAbsolutePath().getParent());
        Path temp = folder.resolve(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), fileAttributes())) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(folder);
    }

    /** Creates the folder and its missing parents 0700, and narrows an existing one to 0700. */
    public static Path folder(Path folder) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(folder);
        }
        if (!Files.isDirectory(folder)) {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                folder(parent);
            }
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // made by another thread at the same moment: narrowed below
            }
        }
        if (!Files.getPosixFilePermissions(folder).equals(FOLDER)) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
        return folder;
    }

    /**
     * Makes sure the file exists with mode 0600 (an existing one is narrowed, its content kept), so that a library
     * which opens it afterwards (SQLite, the log appender, the HTTP client) does not create it with the default mode.
     */
    public static Path file(Path file) throws IOException {
        folder(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, fileAttributes());
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // created at the same moment: narrowed below
            }
        }
        if (POSIX && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
        return file;
    }

    /** A new empty file (or the existing one truncated), mode 0600, open for writing. */
    public static FileChannel create(Path file) throws IOException {
        file(file);
        return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Flushes the folder's entries (a new name, a rename) to the disk; a no-op where folders cannot be opened. */
    public static void syncFolder(Path folder) throws IOException {
        if (!POSIX) {
            return; // Windows cannot open a folder as a channel; not a station OS
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }
}
