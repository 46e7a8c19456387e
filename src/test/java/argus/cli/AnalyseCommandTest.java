package argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    private JsonNode json(Cli.Run run) throws IOException {
        return JSON.readTree(run.out());
    }

    private static void assertOneLineError(Cli.Run run, String expected) {
        assertEquals(2, run.code(), run.err());
        assertEquals(expected, run.errLines().get(0));
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void configPathsExcludesAndIgnoresShapeTheRun() throws IOException {
        write("argus.json", """
                {"paths": ["src"], "exclude": ["src/generated"], "ignore": [{"path": "src/legacy/**"}]}
                """);
        write("src/a.php", "<?php\n$x = (;\n");
        write("src/generated/b.php", "<?php\n$x = (;\n");
        write("src/legacy/c.php", "<?php\n$x = (;\n");
        write("other/d.php", "<?php\n$x = (;\n");
        Cli.Run run = Cli.run(dir, "analyse", "--format", "json", "--no-cache");
        assertEquals(1, run.code(), run.err());
        JsonNode report = json(run);
        assertEquals(2, report.at("/summary/files").asInt(), "generated/ is excluded, legacy/ analysed");
        assertEquals(1, report.at("/findings").size());
        assertEquals("src/a.php", report.at("/findings/0/file").asText());
    }

    @Test
    void vendorIsAnalysedButNotReported() throws IOException {
        write("src/a.php", "<?php\necho 1;\n");
        write("vendor/lib/b.php", "<?php\n$x = (;\n");
        Cli.Run run = Cli.run(dir, "analyse", "--format", "json", "--no-cache");
        assertEquals(0, run.code(), run.err());
        assertEquals(2, json(run).at("/summary/files").asInt());
        assertEquals(0, json(run).at("/findings").size());
    }

    @Test
    void badConfigValuesNameTheirKeyAndExitTwo() throws IOException {
        write("argus.json", "{\"rules\": {\"ParseEror\": \"off\"}}");
        assertOneLineError(Cli.run(dir, "analyse"), "argus: argus.json: rules.ParseEror: unknown rule (did you mean ParseError?)");
        write("argus.json", "{\"level\": 9}");
        assertTrue(Cli.run(dir, "analyse").errLines().get(0).startsWith("argus: argus.json: level"));
        write("argus.json", "{\"colour\": true}");
        assertTrue(Cli.run(dir, "analyse").errLines().get(0).contains("colour"));
    }

    @Test
    void badOptionsExitTwoWithOneLine() throws IOException {
        write("a.php", "<?php\n");
        assertOneLineError(Cli.run(dir, "analyse", "--php-version", "9.9"),
                "argus: --php-version: unknown PHP version 9.9 (argus knows 5.6 to 8.5)");
        assertOneLineError(Cli.run(dir, "analyse", "--fail-on", "fatal"),
                "argus: --fail-on must be error, warning, note or never, not 'fatal'");
        assertEquals(2, Cli.run(dir, "analyse", "--enable", "NoSuchRule").code());
        assertEquals(2, Cli.run(dir, "analyse", "--config", "missing.json").code());
        assertEquals(2, Cli.run(dir, "analyse", "--update-baseline").code());
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        write("a.php", "<?php\n// @argus-ignore NoSuchRule\necho 1;\n");
        assertEquals(0, Cli.run(dir, "analyse", "--no-cache").code(), "a note does not fail by default");
        assertEquals(1, Cli.run(dir, "analyse", "--no-cache", "--fail-on", "note").code());
        assertEquals(0, Cli.run(dir, "analyse", "--no-cache", "--fail-on", "warning").code());
        write("b.php", "<?php\n$x = (;\n");
        assertEquals(0, Cli.run(dir, "analyse", "--no-cache", "--fail-on", "never").code());
        assertEquals(0, Cli.run(dir, "analyse", "--no-cache", "--disable", "syntax").code());
    }

    @Test
    void baselineHidesKnownFindingsFromAnyFolder() throws IOException {
        write("src/a.php", "<?php\n$x = (;\n");
        Cli.Run set = Cli.run(dir, "analyse", "--no-cache", "--set-baseline", "base.json");
        assertEquals(1, set.code(), set.err());
        assertTrue(Files.exists(dir.resolve("base.json")));
        assertEquals(0, Cli.run(dir, "analyse", "--no-cache", "--baseline", "base.json").code());
        // From a subfolder, with the same project root (argus.json pins it), the baseline still matches.
        write("argus.json", "{\"paths\": [\".\"], \"baseline\": \"base.json\"}");
        assertEquals(0, Cli.run(dir.resolve("src"), "analyse", "--no-cache", "--config", "../argus.json").code());
        write("src/a.php", "<?php\n\n\n$x = (;\n$y = [;\n");
        Cli.Run run = Cli.run(dir, "analyse", "--no-cache", "--format", "json", "--report-stale-baseline");
        assertEquals(1, run.code());
        assertEquals(1, json(run).at("/findings").size(), "only the new error");
        write("src/a.php", "<?php\necho 1;\n");
        Cli.Run stale = Cli.run(dir, "analyse", "--no-cache", "--report-stale-baseline", "--update-baseline");
        assertEquals(0, stale.code());
        assertTrue(stale.err().contains("stale baseline entry: src/a.php"), stale.err());
        assertTrue(Files.readString(dir.resolve("base.json")).contains("\"findings\" : [ ]")
                || !Files.readString(dir.resolve("base.json")).contains("ParseError"));
    }
}
