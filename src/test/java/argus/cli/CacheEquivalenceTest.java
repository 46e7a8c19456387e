package argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result cache may only make runs faster: cold, warm, and warm after one file changed,
 * the report is byte for byte what a run without the cache gives.
 */
class CacheEquivalenceTest {
    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    private String report(String... extra) {
        String[] args = Stream.concat(Stream.of("analyse", "--format", "json", "--threads", "2", "src"),
                Stream.of(extra)).toArray(String[]::new);
        Cli.Run run = Cli.run(dir, args);
        assertTrue(run.code() == 0 || run.code() == 1, run.err());
        return run.stableOut();
    }

    private long entries() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void coldWarmAndEditedRunsReportWhatAnUncachedRunReports() throws IOException {
        write("src/a.php", "<?php\necho 1;\n");
        write("src/b.php", "<?php\n$x = (1 + ;\n");
        write("src/c/d.php", "<?php\nfunction f() {\n  return 1\n}\n");
        String uncached = report("--no-cache");
        assertEquals(uncached, report("--cache-dir", "cache"), "cold");
        assertEquals(3, entries());
        assertEquals(uncached, report("--cache-dir", "cache"), "warm");

        write("src/b.php", "<?php\n$x = (1 + 2);\n\n$y = [;\n");
        String edited = report("--no-cache");
        assertEquals(edited, report("--cache-dir", "cache"), "warm after an edit");
        // Default rules read the project's symbols (NewFunction, ...), so each entry's key carries
        // the digest of every file: one edit gives every file a new entry.
        assertEquals(6, entries());
    }

    @Test
    void aCorruptEntryIsAMissNotAnError() throws IOException {
        write("src/b.php", "<?php\n$x = (1 + ;\n");
        String uncached = report("--no-cache");
        report("--cache-dir", "cache");
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.writeString(p, "{\"lines\": 2, \"findings\": [ {\"rule\": ");
            }
        }
        assertEquals(uncached, report("--cache-dir", "cache"));
    }
}
