package org.stationconfig.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which project packages each main source file refers to: its imports and any fully qualified name in its code
 * (comments and string literals left out), read from the sources as they are.
 */
record SourceImports(Map<String, SourceFile> files) {

    static final String ROOT = "org.stationconfig";

    /** One file: its package and the project classes it refers to. */
    record SourceFile(String path, String packageName, List<String> references) {

        String topLevel() {
            return SourceImports.topLevel(packageName);
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.stationconfig(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");
    private static final Pattern COMMENTS_AND_STRINGS =
            Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);

    static SourceImports of(Path sourceRoot) {
        Map<String, SourceFile> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(sourceRoot)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = sourceRoot.relativize(path).toString();
                files.put(relative, parse(relative, Files.readString(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceImports(files);
    }

    static SourceFile parse(String path, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        String packageName = pkg.find() ? pkg.group(1) : "";
        String code = COMMENTS_AND_STRINGS.matcher(source).replaceAll(" ");
        List<String> references = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(code);
        while (reference.find()) {
            if (!reference.group(1).equals(packageName) && !references.contains(reference.group(1))) {
                references.add(reference.group(1));
            }
        }
        return new SourceFile(path, packageName, references);
    }

    /** {@code org.stationconfig.ocpp.rpc} → {@code ocpp}; the root package itself → {@code (root)}. */
    static String topLevel(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return "(root)";
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean within(String packageName, String base) {
        return packageName.equals(base) || packageName.startsWith(base + ".");
    }
}
