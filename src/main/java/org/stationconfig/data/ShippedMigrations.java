package org.stationconfig.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The versioned migration scripts on the class path under one folder (Flyway's {@code classpath:db/migration}), in
 * version order: from the jar, or from a folder when run from the build's classes.
 */
final class ShippedMigrations {

    private ShippedMigrations() {
    }

    static List<MigrationScript> in(ClassLoader loader, String folder) {
        List<MigrationScript> scripts = new ArrayList<>();
        try {
            Enumeration<URL> locations = loader.getResources(folder);
            while (locations.hasMoreElements()) {
                URL location = locations.nextElement();
                switch (location.getProtocol()) {
                    case "jar" -> fromJar(location, folder, scripts);
                    case "file" -> fromFolder(Path.of(location.toURI()), scripts);
                    default -> throw new IOException("cannot list migrations at " + location);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migration scripts in " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        scripts.sort((a, b) -> MigrationScript.compareVersions(a.version(), b.version()));
        return scripts;
    }

    private static void fromJar(URL location, String folder, List<MigrationScript> scripts) throws IOException {
        JarURLConnection connection = (JarURLConnection) location.openConnection();
        connection.setUseCaches(false);
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0 && !entry.isDirectory()) {
                    try (InputStream content = jar.getInputStream(entry)) {
                        add(MigrationScript.of(name.substring(prefix.length()), content), scripts);
                    }
                }
            }
        }
    }

    private static void fromFolder(Path folder, List<MigrationScript> scripts) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try (InputStream content = Files.newInputStream(file)) {
                    add(MigrationScript.of(file.getFileName().toString(), content), scripts);
                }
            }
        }
    }

    private static void add(MigrationScript script, List<MigrationScript> scripts) {
        if (script != null) {
            scripts.add(script);
        }
    }
}
