package argus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ConfigLoader.Loaded parse(String json) {
        return ConfigLoader.parse(json.getBytes(StandardCharsets.UTF_8), dir.resolve("argus.json"));
    }

    private String error(String json) {
        return assertThrows(ConfigException.class, () -> parse(json)).getMessage();
    }

    @Test
    void withoutAConfigEverythingIsDefaultAndPhpIsTheNewest() {
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, null, false);
        Config c = loaded.config();
        assertNull(c.file());
        assertEquals(dir.toAbsolutePath().normalize(), c.root());
        assertEquals(List.of("."), c.paths());
        assertEquals(PhpVersionRange.NEWEST, c.phpVersions());
        assertEquals(Config.DEFAULT_LEVEL, c.level());
        assertEquals(Severity.ERROR, c.failOn());
        assertTrue(loaded.warnings().isEmpty());
    }

    @Test
    void withoutAConfigThePhpVersionsComeFromComposerJson() throws IOException {
        write("composer.json", "{\"require\": {\"php\": \">=7.2 <8.3\", \"ext-json\": \"*\"}}");
        assertEquals("7.2..8.2", ConfigLoader.load(dir, null, false).config().phpVersions().toString());
    }

    @Test
    void anUnreadableComposerConstraintFallsBackToTheNewestWithAWarning() throws IOException {
        write("composer.json", "{\"require\": {\"php\": \"dev-master\"}}");
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, null, false);
        assertEquals(PhpVersionRange.NEWEST, loaded.config().phpVersions());
        assertEquals(1, loaded.warnings().size());
        assertTrue(loaded.warnings().get(0).startsWith("composer.json: require.php: cannot read 'dev-master'"),
                loaded.warnings().get(0));
    }

    @Test
    void aBrokenComposerJsonIsAWarningNotAnError() throws IOException {
        write("composer.json", "{\"require\": ");
        ConfigLoader.Loaded loaded = ConfigLoader.load(dir, null, false);
        assertEquals(PhpVersionRange.NEWEST, loaded.config().phpVersions());
        assertTrue(loaded.warnings().get(0).startsWith("composer.json: cannot read it"), loaded.warnings().get(0));
    }

    @Test
    void aConfigWithoutPhpReadsComposerJsonBesideTheConfigNotInTheWorkingFolder() throws IOException {
        write("composer.json", "{\"require\": {\"php\": \"^8.3\"}}");
        write("project/composer.json", "{\"require\": {\"php\": \"~7.4.0\"}}");
        Path config = write("project/argus.json", "{\"level\": 2}");
        Config c = ConfigLoader.load(dir, "project/argus.json", false).config();
        assertEquals(config.getParent().toAbsolutePath().normalize(), c.root());
        assertEquals("7.4", c.phpVersions().toString());
    }

    @Test
    void thePhpKeyWinsOverComposerJson() throws IOException {
        write("composer.json", "{\"require\": {\"php\": \"^8.3\"}}");
        write("argus.json", "{\"php\": \"7.4..8.1\"}");
        assertEquals("7.4..8.1", ConfigLoader.load(dir, null, false).config().phpVersions().toString());
    }

    @Test
    void locatesArgusJsonInTheWorkingFolderOrTheGivenFile() throws IOException {
        assertNull(ConfigLoader.locate(dir, null, false));
        Path found = write("argus.json", "{}");
        assertEquals(found.toAbsolutePath().normalize(), ConfigLoader.locate(dir, null, false));
        assertNull(ConfigLoader.locate(dir, null, true), "--no-config ignores argus.json");
        Path other = write("ci/strict.json", "{\"level\": 1}");
        assertEquals(other.toAbsolutePath().normalize(), ConfigLoader.locate(dir, "ci/strict.json", false));
        assertEquals(1, ConfigLoader.load(dir, "ci/strict.json", false).config().level());
        assertEquals(Config.DEFAULT_LEVEL, ConfigLoader.load(dir, null, true).config().level());
    }

    @Test
    void locatingFailsClearlyOnAMissingFileAFolderOrContradictoryFlags() throws IOException {
        Files.createDirectories(dir.resolve("conf"));
        assertEquals("--config nope.json: no such file",
                assertThrows(ConfigException.class, () -> ConfigLoader.locate(dir, "nope.json", false)).getMessage());
        assertEquals("--config conf: is a folder, not a file",
                assertThrows(ConfigException.class, () -> ConfigLoader.locate(dir, "conf", false)).getMessage());
        assertEquals("--config and --no-config cannot be used together",
                assertThrows(ConfigException.class, () -> ConfigLoader.locate(dir, "x.json", true)).getMessage());
    }

    @Test
    void readsEveryKey() throws IOException {
        Path file = write("argus.json", """
                {
                  "$schema": "https://example.org/argus.schema.json",
                  "paths": ["src", "lib/Util.php"],
                  "exclude": ["vendor/**", "*.tpl.php"],
                  "php": "7.4..8.4",
                  "level": 2,
                  "rules": {
                    "dead-code": "off",
                    "security": "error",
                    "ParseError": {"enabled": true, "severity": "warning"},
                    "UnusedSuppression": false,
                    "types": "on",
                    "compatibility": {"severity": "note"}
                  },
                  "ignore": [
                    {"path": "tests/fixtures/**"},
                    {"path": "legacy/*.php", "rules": ["UnusedSuppression", "dead-code"]}
                  ],
                  "baseline": "argus-baseline.json",
                  "failOn": "warning",
                  "taint": {
                    "sources": [{"function": "my_input", "kind": "all"}],
                    "sinks": [{"method": "Db::raw", "args": [0], "kinds": ["sql"]}],
                    "sanitizers": [{"function": "my_escape", "kinds": ["html"]}]
                  },
                  "entryPoints": ["App\\\\Kernel::handle", "wp_hooks"],
                  "findDeadCode": true,
                  "cacheDir": ".argus-cache"
                }
                """);
        ConfigLoader.Loaded loaded = ConfigLoader.read(file);
        Config c = loaded.config();
        assertTrue(loaded.warnings().isEmpty());
        assertEquals(dir.toAbsolutePath().normalize(), c.root());
        assertEquals(file.toAbsolutePath().normalize(), c.file());
        assertEquals(List.of("src", "lib/Util.php"), c.paths());
        assertEquals(List.of("vendor/**", "*.tpl.php"), c.excludes());
        assertEquals(new PhpVersionRange(PhpVersion.parse("7.4"), PhpVersion.parse("8.4")), c.phpVersions());
        assertEquals(2, c.level());
        assertEquals(Map.of(
                "dead-code", new Config.RuleSetting(false, null),
                "security", new Config.RuleSetting(true, Severity.ERROR),
                "ParseError", new Config.RuleSetting(true, Severity.WARNING),
                "UnusedSuppression", new Config.RuleSetting(false, null),
                "types", new Config.RuleSetting(true, null),
                "compatibility", new Config.RuleSetting(true, Severity.NOTE)), c.rules());
        assertEquals(List.of(new Config.PathIgnore("tests/fixtures/**", List.of()),
                new Config.PathIgnore("legacy/*.php", List.of("UnusedSuppression", "dead-code"))), c.ignores());
        assertEquals("argus-baseline.json", c.baseline());
        assertEquals(Severity.WARNING, c.failOn());
        assertEquals("Db::raw", c.taint().path("sinks").path(0).path("method").asText());
        assertEquals("sql", c.taint().path("sinks").path(0).path("kinds").path(0).asText());
        assertEquals(List.of("App\\Kernel::handle", "wp_hooks"), c.entryPoints());
        assertTrue(c.findDeadCode());
        assertEquals(".argus-cache", c.cacheDir());
    }

    @Test
    void anEmptyObjectAndNullValuesMeanTheDefaults() {
        Config c = parse("{\"level\": null, \"failOn\": null, \"paths\": null}").config();
        assertEquals(Config.DEFAULT_LEVEL, c.level());
        assertEquals(Severity.ERROR, c.failOn());
        assertEquals(List.of("."), c.paths());
        assertFalse(c.findDeadCode());
        assertNull(c.taint());
        assertNull(parse("{\"failOn\": \"never\"}").config().failOn());
    }

    @Test
    void syntaxErrorsGiveFileLineAndColumn() {
        assertEquals("argus.json:3:3: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
                error("{\n  \"level\": 2,\n  }\n"));
    }

    @Test
    void duplicateKeysAreRejected() {
        String m = error("{\n  \"level\": 2,\n  \"level\": 3\n}");
        assertTrue(m.startsWith("argus.json:3:"), m);
        assertTrue(m.contains("Duplicate field 'level'"), m);
        assertTrue(error("{\"rules\": {\"ParseError\": \"off\", \"ParseError\": \"on\"}}")
                .contains("Duplicate field 'ParseError'"));
    }

    @Test
    void textAfterTheObjectIsRejected() {
        String m = error("{\"level\": 2}\n{\"level\": 3}\n");
        assertTrue(m.startsWith("argus.json:2:"), m);
        assertTrue(m.endsWith("unexpected text after the end of the JSON value"), m);
        assertTrue(error("{\"level\": 2} x").startsWith("argus.json:1:"));
    }

    @Test
    void anEmptyFileOrANonObjectIsRejected() {
        assertEquals("argus.json: the file is empty; expected a JSON object", error("  \n"));
        assertEquals("argus.json: expected a JSON object ({...}) at the top, not an array", error("[]"));
    }

    @Test
    void anUnreadableFileNamesTheFile() {
        assertEquals("gone.json: cannot read: no such file",
                assertThrows(ConfigException.class, () -> ConfigLoader.read(dir.resolve("gone.json"))).getMessage());
    }
}
