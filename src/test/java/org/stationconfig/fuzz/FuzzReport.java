package org.stationconfig.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the attack suites leave their figures: {@code target/fuzz/<name>}, for SECURITY.md. */
public final class FuzzReport {

    private FuzzReport() {
    }

    public static void write(String name, String report) {
        try {
            Path dir = Path.of("target", "fuzz");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), report);
        } catch (IOException e) {
            System.err.println("could not write the figures " + name + ": " + e);
        }
    }
}
