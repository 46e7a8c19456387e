package argus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private static Finding finding(String rule, String file, int line, String message) {
        return new Finding(rule, Category.SYNTAX, Severity.ERROR, file, new Span(0, 0, line, 1, line, 1), message,
                List.of());
    }

    private static final Finding A = finding("ParseError", "src/b.php", 3, "unexpected ';'");
    private static final Finding B = finding("ParseError", "src/a.php", 9, "unexpected '}'");
    private static final Finding C = finding("UnusedSuppression", "src/a.php", 2, "@argus-ignore X suppresses nothing here");

    @Test
    void writesPrettySortedJsonWithAVersion() {
        Baseline b = Baseline.of(List.of(A, B, C), List.of("ffff", "bbbb", "aaaa"));
        assertEquals("""
                {
                  "version": 1,
                  "comment": "Findings accepted for now; argus reports only findings not listed here. Regenerate with --set-baseline.",
                  "findings": [
                    {
                      "fingerprint": "bbbb",
                      "rule": "ParseError",
                      "file": "src/a.php",
                      "message": "unexpected '}'"
                    },
                    {
                      "fingerprint": "aaaa",
                      "rule": "UnusedSuppression",
                      "file": "src/a.php",
                      "message": "@argus-ignore X suppresses nothing here"
                    },
                    {
                      "fingerprint": "ffff",
                      "rule": "ParseError",
                      "file": "src/b.php",
                      "message": "unexpected ';'"
                    }
                  ]
                }
                """, new String(b.toJson(), StandardCharsets.UTF_8));
        // The order of the findings does not matter: the same findings give the same bytes.
        assertEquals(new String(b.toJson(), StandardCharsets.UTF_8),
                new String(Baseline.of(List.of(C, A, B), List.of("aaaa", "ffff", "bbbb")).toJson(), StandardCharsets.UTF_8));
    }

    @Test
    void writeThenLoadGivesTheSameEntries() {
        Baseline b = Baseline.of(List.of(A, B, C), List.of("ffff", "bbbb", "aaaa"));
        Path file = dir.resolve("argus-baseline.json");
        b.write(file);
        assertEquals(b.entries(), Baseline.load(file).entries());
        b.write(file);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void filterSplitsNewFindingsFromKnownOnesAndFindsStaleEntries() {
        Baseline b = Baseline.of(List.of(A, B), List.of("ffff", "bbbb"));
        Finding d = finding("ParseError", "src/c.php", 1, "new");
        Baseline.Match m = b.filter(List.of(B, d), List.of("bbbb", "dddd"));
        assertEquals(List.of(d), m.fresh());
        assertEquals(List.of("bbbb"), m.matched().stream().map(Baseline.Entry::fingerprint).toList());
        assertEquals(List.of("ffff"), m.stale().stream().map(Baseline.Entry::fingerprint).toList());
        Baseline updated = b.update(m);
        assertEquals(List.of("bbbb"), updated.entries().stream().map(Baseline.Entry::fingerprint).toList(),
                "update drops the stale entry and never adds the new finding");
    }

    @Test
    void anEntryMatchesOneFindingOnly() {
        Baseline b = Baseline.of(List.of(A), List.of("ffff"));
        Baseline.Match m = b.filter(List.of(A, A), List.of("ffff", "ffff"));
        assertEquals(1, m.fresh().size());
        assertEquals(1, m.matched().size());
    }

    @Test
    void fingerprintsMustPairWithFindings() {
        assertThrows(IllegalArgumentException.class, () -> Baseline.of(List.of(A), List.of()));
    }

    @Test
    void loadErrorsNameTheFile() throws IOException {
        assertEquals("gone.json: cannot read the baseline: no such file or folder",
                assertThrows(ConfigException.class, () -> Baseline.load(dir.resolve("gone.json"))).getMessage());
        assertEquals("b.json:2:1: unexpected text after the end of the JSON value", loadError("{\"version\": 1}\n{}"));
        assertTrue(loadError("{\"version\": 1,, }").startsWith("b.json:1:15: Unexpected character (','"));
        assertEquals("b.json: not an argus baseline: expected a JSON object", loadError("[]"));
        assertEquals("b.json: version: missing: not an argus baseline (write one with --set-baseline)",
                loadError("{\"findings\": []}"));
        assertEquals("b.json: version: version 2 is not supported (this argus reads 1); write it again with"
                + " --set-baseline", loadError("{\"version\": 2, \"findings\": []}"));
        assertEquals("b.json: findings: must be an array", loadError("{\"version\": 1}"));
        assertEquals("b.json: findings[1]: must be an object", loadError("{\"version\": 1, \"findings\": [{\"fingerprint\": \"a\"}, 1]}"));
        assertEquals("b.json: findings[0].fingerprint: missing or not a string",
                loadError("{\"version\": 1, \"findings\": [{\"rule\": \"ParseError\"}]}"));
    }

    @Test
    void writeErrorsAreConfigErrors() {
        Baseline b = Baseline.of(List.of(), List.of());
        assertEquals("cannot write the baseline b.json: no such file or folder", assertThrows(ConfigException.class,
                () -> b.write(dir.resolve("missing/b.json"))).getMessage());
    }

    private String loadError(String json) throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, json);
        return assertThrows(ConfigException.class, () -> Baseline.load(file)).getMessage();
    }
}
