package org.stationconfig.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 6: every package says, in its {@code package-info.java}, what it owns and what it may not import; the
 * latter in a paragraph starting {@value #MAY_NOT_IMPORT}, so a reader finds it in the same place everywhere.
 */
class PackageInfoTest {

    static final String MAY_NOT_IMPORT = "<p>May not import:";

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void everyPackageHasAPackageInfoSayingWhatItMayNotImport() throws IOException {
        assertEquals(Set.of(), packagesWithoutRule(MAIN),
                "packages without a package-info.java holding a '" + MAY_NOT_IMPORT + "' paragraph");
    }

    @Test
    void aPackageWithoutPackageInfoOrWithoutTheParagraphIsNamed(@TempDir Path root) throws IOException {
        write(root.resolve("org/a/A.java"), "package org.a;");
        write(root.resolve("org/a/package-info.java"), "/** Owns a.\n *\n * " + MAY_NOT_IMPORT + " b. */\npackage org.a;");
        write(root.resolve("org/a/b/B.java"), "package org.a.b;");
        write(root.resolve("org/a/c/C.java"), "package org.a.c;");
        write(root.resolve("org/a/c/package-info.java"), "/** Owns c; imports anything. */\npackage org.a.c;");
        write(root.resolve("org/a/d/readme.txt"), "no java here");
        assertEquals(Set.of("org.a.b", "org.a.c"), packagesWithoutRule(root));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The packages (as dotted names) under {@code sourceRoot} with .java files but no package-info stating the rule. */
    static Set<String> packagesWithoutRule(Path sourceRoot) throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(sourceRoot)) {
            for (Path folder : paths.filter(Files::isDirectory).toList()) {
                if (holdsJava(folder) && !statesRule(folder.resolve("package-info.java"))) {
                    missing.add(sourceRoot.relativize(folder).toString().replace(folder.getFileSystem().getSeparator(), "."));
                }
            }
        }
        return missing;
    }

    private static boolean holdsJava(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> Files.isRegularFile(file) && file.toString().endsWith(".java"));
        }
    }

    private static boolean statesRule(Path packageInfo) throws IOException {
        return Files.isRegularFile(packageInfo) && Files.readString(packageInfo).contains(MAY_NOT_IMPORT);
    }
}
