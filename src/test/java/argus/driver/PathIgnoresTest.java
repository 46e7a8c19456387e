package argus.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.config.Config;
import argus.config.ConfigException;
import argus.config.ConfigLoader;
import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.Span;
import argus.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathIgnoresTest {
    @TempDir
    Path dir;

    private Config config(String folder, String json) throws IOException {
        Path file = dir.resolve(folder).resolve("argus.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return ConfigLoader.read(file).config();
    }

    private static Finding finding(String rule, Category category, String file) {
        return new Finding(rule, category, Severity.ERROR, file, new Span(0, 0, 1, 1, 1, 1), "m", List.of());
    }

    @Test
    void entriesDropByGlobAndOptionallyByRuleOrCategory() throws IOException {
        Config c = config(".", """
                {"ignore": [
                  {"path": "tests/fixtures/**"},
                  {"path": "legacy", "rules": ["UnusedVariable"]},
                  {"path": "*.tpl.php", "rules": ["types"]}
                ]}
                """);
        PathIgnores p = PathIgnores.of(c, TestRules.ALL);
        assertTrue(p.ignores("tests/fixtures/broken.php", "ParseError", Category.SYNTAX));
        assertTrue(p.ignores("tests/fixtures/deep/er/x.php", "TaintedSql", Category.SECURITY));
        assertFalse(p.ignores("tests/Unit.php", "ParseError", Category.SYNTAX));
        assertTrue(p.ignores("src/legacy/old/a.php", "UnusedVariable", Category.DEAD_CODE),
                "a name without / matches a folder at any depth, and so every file below it");
        assertFalse(p.ignores("src/legacy/old/a.php", "UnusedSuppression", Category.DEAD_CODE));
        assertTrue(p.ignores("views/home.tpl.php", "MixedArgument", Category.TYPES));
        assertFalse(p.ignores("views/home.tpl.php", "TaintedSql", Category.SECURITY));
    }

    @Test
    void filterResolvesDisplayPathsAgainstTheWorkingFolderAndMatchesThemFromTheConfigRoot() throws IOException {
        Config c = config("project", "{\"ignore\": [{\"path\": \"tests/**\"}]}");
        PathIgnores p = PathIgnores.of(c, TestRules.ALL);
        Finding inTests = finding("ParseError", Category.SYNTAX, "project/tests/a.php");
        Finding inSrc = finding("ParseError", Category.SYNTAX, "project/src/a.php");
        Finding outside = finding("ParseError", Category.SYNTAX, "tests/a.php");
        Finding absolute = finding("ParseError", Category.SYNTAX,
                dir.resolve("project/tests/b.php").toAbsolutePath().toString());
        assertEquals(List.of(inSrc, outside), p.filter(List.of(inTests, inSrc, outside, absolute), dir));
        // Run from inside the project, the same file has another display path and is still ignored.
        Finding fromProject = finding("ParseError", Category.SYNTAX, "tests/a.php");
        assertEquals(List.of(), p.filter(List.of(fromProject), dir.resolve("project")));
    }

    @Test
    void withoutEntriesNothingIsDropped() throws IOException {
        PathIgnores p = PathIgnores.of(config(".", "{}"));
        assertTrue(p.isEmpty());
        List<Finding> all = List.of(finding("ParseError", Category.SYNTAX, "a.php"));
        assertEquals(all, p.filter(all, dir));
    }

    @Test
    void badGlobsAndUnknownRulesNameTheirKey() throws IOException {
        assertEquals("argus.json: exclude[1]: '[ab' is not a valid glob: unclosed [", assertThrows(ConfigException.class,
                () -> PathIgnores.of(config(".", "{\"exclude\": [\"vendor\", \"[ab\"]}"))).getMessage());
        assertEquals("argus.json: ignore[0].path: '{a,b' is not a valid glob: unclosed {",
                assertThrows(ConfigException.class,
                        () -> PathIgnores.of(config(".", "{\"ignore\": [{\"path\": \"{a,b\"}]}"))).getMessage());
        assertEquals("argus.json: ignore[0].path: './' is not a valid glob", assertThrows(ConfigException.class,
                () -> PathIgnores.of(config(".", "{\"ignore\": [{\"path\": \"./\"}]}"))).getMessage());
        assertEquals("argus.json: ignore[1].rules[1]: unknown rule or category 'UnusedVar' (did you mean UnusedVariable?)",
                assertThrows(ConfigException.class, () -> PathIgnores.of(config(".", """
                        {"ignore": [{"path": "a"}, {"path": "b", "rules": ["dead-code", "UnusedVar"]}]}
                        """), TestRules.ALL)).getMessage());
    }
}
