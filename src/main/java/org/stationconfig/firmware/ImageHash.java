package org.stationconfig.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a downloaded image, taken once written and compared again before it is installed. */
final class ImageHash {

    private static final int CHUNK = 64 * 1024;

    private ImageHash() {
    }

    /** Lower-case hex; fails with an UncheckedIOException when the image cannot be read (e.g. it is gone). */
    static String of(Path image) {
        try (InputStream in = Files.newInputStream(image)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[CHUNK];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException impossible) { // every JVM has SHA-256
            throw new IllegalStateException(impossible);
        }
    }
}
