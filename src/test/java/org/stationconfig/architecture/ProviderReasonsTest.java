package org.stationconfig.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a {@code Provider} or {@code BeanProvider} field is a workaround, so each says why it is one, in a comment
 * on the line before it or at its end: {@code // cycle: A -> B -> A} naming the bean cycle it breaks, or
 * {@code // lazy: ...} saying what must not be created early. A field without one fails the build: remove the
 * provider if nothing needs it any more.
 */
class ProviderReasonsTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(private|protected|public)?\\s*final\\s+([\\w.]+\\.)?(Bean)?Provider<.*;");
    private static final Pattern REASON = Pattern.compile("//\\s*(cycle:\\s*\\S.*\\s->\\s\\S.*|lazy:\\s*\\S.*)$");

    @Test
    void everyProviderFieldNamesTheCycleItBreaksOrWhyItIsLazy() throws IOException {
        assertEquals(List.of(), fieldsWithoutReason(MAIN), "Provider fields without a '// cycle: A -> B -> A' "
                + "or '// lazy: why' comment: remove the provider, or say why it stays");
    }

    @Test
    void aProviderFieldWithoutAReasonIsNamed(@TempDir Path root) throws IOException {
        write(root.resolve("a/Named.java"), """
                class Named {
                    // cycle: Named -> Other -> Named
                    private final Provider<Other> other;
                    private final BeanProvider<Late> late; // lazy: made on first use only
                }
                """);
        write(root.resolve("a/Unnamed.java"), """
                class Unnamed {
                    /** Looked up on use. */
                    private final jakarta.inject.Provider<Other> other;
                    // cycle: none named
                    private final BeanProvider<Other> vague;
                    private final Other plain;
                }
                """);
        assertEquals(List.of("a/Unnamed.java:3", "a/Unnamed.java:5"), fieldsWithoutReason(root));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The Provider fields under {@code root} without a reason, as "path:line". */
    static List<String> fieldsWithoutReason(Path root) throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    boolean reasoned = REASON.matcher(line).find()
                            || i > 0 && REASON.matcher(lines.get(i - 1).strip()).matches();
                    if (FIELD.matcher(line).find() && !reasoned) {
                        missing.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1));
                    }
                }
            }
        }
        return missing;
    }
}
