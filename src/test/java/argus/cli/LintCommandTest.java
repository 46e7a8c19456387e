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

class LintCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    /** A usage error is exactly one line, or that line and the "--help" hint, and never a stack trace. */
    private static void assertUsageError(Cli.Run run, String firstLine) {
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.errLines().size() <= 2, run.err());
        assertEquals(firstLine, run.errLines().get(0));
        if (run.errLines().size() == 2) {
            assertTrue(run.errLines().get(1).startsWith("Try 'argus"), run.err());
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("Usage:"),
                run.err());
    }

    @Test
    void cleanTreeExitsZeroWithASummary() throws IOException {
        write("src/a.php", "<?php\necho 1;\n");
        write("src/b.php", "<?php\nfunction f() { return 2; }\n");
        Cli.Run run = Cli.run(dir, "lint");
        assertEquals(0, run.code(), run.err());
        assertEquals("2 files, 0 findings (0 errors, 0 warnings, 0 notes) in 0.0s\n", run.stableOut());
        assertEquals("", run.err());
    }

    @Test
    void syntaxErrorExitsOneWithAParseErrorFindingOnItsLine() throws IOException {
        write("src/ok.php", "<?php\necho 1;\n");
        write("src/bad.php", "<?php\n\n$x = (1 + ;\necho 2;\n");
        Cli.Run run = Cli.run(dir, "lint", "--format", "json", "src");
        assertEquals(1, run.code(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(2, report.at("/summary/files").asInt());
        assertEquals(6, report.at("/summary/lines").asInt());
        assertEquals(1, report.at("/summary/findings").asInt());
        assertEquals(1, report.at("/summary/byCategory/syntax").asInt());
        JsonNode f = report.at("/findings/0");
        assertEquals("ParseError", f.get("rule").asText());
        assertEquals("syntax", f.get("category").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals("src/bad.php", f.get("file").asText());
        assertEquals(3, f.get("line").asInt());
        assertEquals(11, f.get("column").asInt());
        assertTrue(f.get("message").asText().contains("';'"), f.toString());
        assertEquals(32, f.get("fingerprint").asText().length());
    }

    @Test
    void textReportShowsTheLineAndACaret() throws IOException {
        write("bad.php", "<?php\n$x = (1 + ;\n");
        Cli.Run run = Cli.run(dir, "lint", "bad.php");
        assertEquals(1, run.code());
        assertTrue(run.out().startsWith("bad.php:2:11: error: unexpected ';'"), run.out());
        assertTrue(run.out().contains("\n    2 | $x = (1 + ;\n      |           ^\n"), run.out());
        assertFalse(run.out().contains("\033"), "no colour when stdout is not a terminal");
    }

    @Test
    void analyseDoesWhatLintDoesForNow() throws IOException {
        write("a.php", "<?php\nif (\n");
        Cli.Run lint = Cli.run(dir, "lint", "--format", "json");
        Cli.Run analyse = Cli.run(dir, "analyse", "--format", "json");
        assertEquals(1, analyse.code());
        assertEquals(lint.stableOut(), analyse.stableOut());
    }

    @Test
    void emptySelectionPassesWithAWarning() throws IOException {
        write("vendor/a.php", "<?php\nif (\n");
        Cli.Run run = Cli.run(dir, "lint", "--exclude", "vendor");
        assertEquals(0, run.code());
        assertEquals("argus: warning: no PHP files found in .\n", run.err());
    }

    @Test
    void missingPathIsOneLineAndExitTwo() throws IOException {
        write("a.php", "<?php\n");
        assertUsageError(Cli.run(dir, "lint", "a.php", "missing.php"), "argus: no such file or folder: missing.php");
    }

    @Test
    void unknownOptionIsOneLinePlusHintAndExitTwo() {
        assertUsageError(Cli.run(dir, "lint", "--bogus"), "argus: Unknown option: '--bogus'");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Cli.Run format = Cli.run(dir, "lint", "--format", "xml");
        assertUsageError(format, format.errLines().get(0));
        assertTrue(format.err().contains("'xml'") && format.err().contains("text, json"), format.err());
        Cli.Run threads = Cli.run(dir, "lint", "--threads", "many");
        assertUsageError(threads, threads.errLines().get(0));
        assertUsageError(Cli.run(dir, "lint", "--threads", "0"), "argus: --threads must be between 1 and 1024, not 0");
        assertUsageError(Cli.run(dir, "lint", "--exclude", "[ab"), "argus: invalid --exclude pattern '[ab': unclosed [");
        assertUsageError(Cli.run(dir), "argus: missing command (analyse or lint)");
    }

    @Test
    void unwritableOutputIsAUsageError() throws IOException {
        write("a.php", "<?php\n");
        Files.createDirectories(dir.resolve("out"));
        assertUsageError(Cli.run(dir, "lint", "--output", "out"), "argus: cannot write out: it is a folder");
        Cli.Run noFolder = Cli.run(dir, "lint", "--output", "nope/report.json");
        assertUsageError(noFolder, noFolder.errLines().get(0));
        assertTrue(noFolder.err().startsWith("argus: cannot write nope/report.json: no such folder"), noFolder.err());
    }

    @Test
    void outputFileGetsTheReportAndStdoutStaysEmpty() throws IOException {
        write("a.php", "<?php\nclass {\n");
        Cli.Run run = Cli.run(dir, "lint", "--format", "json", "--output", "report.json", "a.php");
        assertEquals(1, run.code());
        assertEquals("", run.out());
        JsonNode report = JSON.readTree(dir.resolve("report.json").toFile());
        assertEquals("a.php", report.at("/findings/0/file").asText());
    }

    @Test
    void filesFromReadsOnePathPerLine() throws IOException {
        write("a.php", "<?php\n");
        write("sub/b.inc", "<?php\n");
        write("list.txt", "a.php\n\nsub/b.inc\n");
        Cli.Run run = Cli.run(dir, "lint", "--files-from", "list.txt");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("2 files,"), run.out());
        assertUsageError(Cli.run(dir, "lint", "--files-from", "nope.txt"),
                "argus: cannot read --files-from nope.txt: no such file");
    }

    @Test
    void versionComesFromThePom() {
        Cli.Run run = Cli.run(dir, "--version");
        assertEquals(0, run.code());
        assertEquals("argus " + Version.VERSION + "\n", run.out());
        assertTrue(Version.VERSION.matches("\\d+\\.\\d+\\.\\d+.*"), Version.VERSION);
    }

    @Test
    void outputIsTheSameBytesWhateverTheThreadCount() throws IOException {
        for (int i = 0; i < 40; i++) {
            String body = i % 7 == 3 ? "<?php\nfunction f" + i + "( {\n" : "<?php\n$a" + i + " = [" + i + "];\n";
            write("d" + (i % 5) + "/f" + i + ".php", body);
        }
        for (String format : new String[] {"json", "text"}) {
            Cli.Run one = Cli.run(dir, "lint", "--format", format, "--threads", "1");
            Cli.Run many = Cli.run(dir, "lint", "--format", format, "--threads", "3");
            assertEquals(1, one.code());
            assertEquals(one.stableOut(), many.stableOut());
        }
    }

    @Test
    void binaryFileNamedExplicitlyNeitherCrashesNorHangs() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(bytes);
        byte[] open = "<?php ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(open, 0, bytes, 30_000, open.length);
        Files.write(dir.resolve("blob.bin"), bytes);
        Cli.Run run = Cli.run(dir, "lint", "blob.bin");
        assertTrue(run.code() == 0 || run.code() == 1, run.err());
        assertEquals("", run.err());
        assertFalse(run.out().contains("\033"), "control bytes of the file are not echoed to the terminal");
    }

    @Test
    void deeplyNestedCodeParsesOnTheWorkersStack() throws IOException {
        write("parens.php", "<?php\n$x = " + "(".repeat(2000) + "1" + ")".repeat(2000) + ";\n");
        write("concat.php", "<?php\n$s = 'a'" + " . 'b'".repeat(5000) + ";\n");
        Cli.Run run = Cli.run(dir, "lint", "--threads", "2");
        assertEquals("", run.err());
        assertEquals(0, run.code(), run.out());
    }
}
