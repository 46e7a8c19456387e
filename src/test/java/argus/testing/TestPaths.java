package argus.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Where the repository's test data and the PHP corpus live. */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path root() {
        String root = System.getProperty("argus.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath();
    }

    public static Path testdata(String... parts) {
        return root().resolve(Path.of("testdata", parts));
    }

    /** When true (CI), a missing corpus fails the corpus tests instead of skipping them. */
    public static boolean corpusRequired() {
        return Boolean.getBoolean("argus.requireCorpus");
    }

    public static Path corpus() {
        String dir = System.getProperty("argus.corpus");
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache", "php-corpus");
    }

    /** The .php files of one corpus code base, from its `NAME.files` list; skips or fails when absent. */
    public static List<Path> corpusFiles(String codeBase) throws java.io.IOException {
        Path list = corpus().resolve(codeBase + ".files");
        if (!Files.isRegularFile(list)) {
            String message = "corpus code base " + codeBase + " not found at " + list
                    + " (run ../shared/corpus/fetch-corpus.sh)";
            if (corpusRequired()) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        try (Stream<String> lines = Files.lines(list)) {
            return lines.filter(l -> !l.isBlank()).map(Path::of).toList();
        }
    }
}
