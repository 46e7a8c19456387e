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

    /** Rules reading one file only (the type rules off): an edit misses for the edited file alone. */
    @Test
    void coldWarmAndEditedRunsReportWhatAnUncachedRunReports() throws IOException {
        write("src/a.php", "<?php\necho 1;\n");
        write("src/b.php", "<?php\n$x = (1 + ;\n");
        write("src/c/d.php", "<?php\nfunction f() {\n  return 1\n}\n");
        // Rules that read one file only: an edit invalidates that file's entry alone.
        String uncached = report("--no-cache", "--disable", "types");
        assertEquals(uncached, report("--cache-dir", "cache", "--disable", "types"), "cold");
        assertEquals(3, entries());
        assertEquals(uncached, report("--cache-dir", "cache", "--disable", "types"), "warm");

        write("src/b.php", "<?php\n$x = (1 + 2);\n\n$y = [;\n");
        String edited = report("--no-cache");
        assertEquals(edited, report("--cache-dir", "cache"), "warm after an edit");
        // The default rules read the whole project, so a file's entry is keyed by every file:
        // one edit gives every file a new entry.
        assertEquals(6, entries());
    }

    @Test
    void syntaxOnlyRunsKeepTheEntriesOfUnchangedFiles() throws IOException {
        write("src/a.php", "<?php\necho 1;\n");
        write("src/b.php", "<?php\n$x = (1 + ;\n");
        String[] syntax = {"--enable", "ParseError", "--disable", "types,null-safety,dead-code,compatibility"};
        String uncached = report(concat(syntax, "--no-cache"));
        assertEquals(uncached, report(concat(syntax, "--cache-dir", "cache")));
        assertEquals(2, entries());
        write("src/b.php", "<?php\n$x = (1 + 2);\n");
        assertEquals(report(concat(syntax, "--no-cache")), report(concat(syntax, "--cache-dir", "cache")));
        assertEquals(3, entries(), "only the edited file gets a new entry");
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    /** Rules reading the project key their entries by the project's state: an edit anywhere misses for every file. */
    @Test
    void projectRulesMissForEveryFileAfterAnEdit() throws IOException {
        write("src/a.php", "<?php\nfunction a(): int { return []; }\n");
        write("src/b.php", "<?php\nfunction b(): int { return 1; }\n");
        String uncached = report("--no-cache", "--enable", "types");
        assertTrue(uncached.contains("InvalidReturnStatement"), uncached);
        assertEquals(uncached, report("--cache-dir", "cache", "--enable", "types"), "cold");
        assertEquals(uncached, report("--cache-dir", "cache", "--enable", "types"), "warm");
        assertEquals(2, entries());

        write("src/b.php", "<?php\nfunction b(): int { return 2; }\n");
        String edited = report("--no-cache", "--enable", "types");
        assertEquals(edited, report("--cache-dir", "cache", "--enable", "types"), "warm after an edit");
        assertEquals(4, entries());
    }

    @Test
    void rulesReadingTheProjectSeeAnEditInAnotherFile() throws IOException {
        write("src/a.php", "<?php\nfunction helper() {}\n");
        write("src/b.php", "<?php\nhelper();\n");
        String uncached = report("--no-cache");
        assertEquals(uncached, report("--cache-dir", "cache"), "cold");
        assertEquals(uncached, report("--cache-dir", "cache"), "warm");
        write("src/a.php", "<?php\nfunction helper2() {}\n");
        String edited = report("--no-cache");
        assertTrue(edited.contains("UndefinedFunction"), edited);
        assertEquals(edited, report("--cache-dir", "cache"), "b.php's entry must not survive a.php's edit");
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
