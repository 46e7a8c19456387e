package argus.report;

import static argus.report.Reports.finding;
import static argus.report.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.SourceFile;
import argus.source.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest {
    private static String text(Report r, boolean colour) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextReporter(colour).write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Finding error(SourceFile s, int line, int column, int length) {
        return finding("ParseError", Category.SYNTAX, Severity.ERROR, s, line, column, length, "unexpected ';'");
    }

    @Test
    void findingThenLineThenCaretsThenSummary() throws IOException {
        SourceFile s = SourceFile.of("src/a.php", "<?php\n$x = foo(1,, 2);\n");
        String out = text(report(List.of(error(s, 2, 11, 2)), s), false);
        assertEquals("src/a.php:2:11: error: unexpected ';' [ParseError]\n"
                + "    2 | $x = foo(1,, 2);\n"
                + "      | " + " ".repeat(10) + "^^\n"
                + "\n"
                + "1 file, 1 finding (1 error, 0 warnings, 0 notes) in 1.2s\n", out);
    }

    @Test
    void caretCountsCharactersNotBytesAndKeepsTabs() {
        // "é" is two bytes: the ';' is at byte column 14 but is the 13th character.
        SourceFile s = SourceFile.of("a.php", "<?php\n\techo 'é' . ;\n");
        Snippet snip = Snippet.of(s, Reports.span(s, 2, 14, 1));
        assertEquals("\techo 'é' . ;", snip.line());
        assertEquals("\t" + " ".repeat(11) + "^", snip.carets());
        assertEquals(snip.line().indexOf(';'), snip.carets().indexOf('^'));
    }

    @Test
    void invalidUtf8IsShownByteForByte() {
        byte[] bytes = "<?php\necho '\u00e9' ;\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceFile s = new SourceFile("a.php", bytes);
        Snippet snip = Snippet.of(s, Reports.span(s, 2, 10, 1));
        assertEquals(snip.line().indexOf(';'), snip.carets().indexOf('^'));
    }

    @Test
    void controlCharactersAreNotSentToTheTerminal() {
        SourceFile s = SourceFile.of("a.php", "<?php\necho \"\u001b[2J\u202e\"; (\n");
        Snippet snip = Snippet.of(s, Reports.span(s, 2, 17, 1));
        assertFalse(snip.line().contains("\u001b") || snip.line().contains("\u202e"), snip.line());
        assertEquals(snip.line().indexOf('('), snip.carets().indexOf('^'));
    }

    @Test
    void longLinesAreCutAroundTheSpan() {
        String line = "$a = '" + "x".repeat(900) + "' . ;" + "y".repeat(500);
        SourceFile s = SourceFile.of("a.php", "<?php\n" + line + "\n");
        int column = line.indexOf(';') + 1;
        Snippet snip = Snippet.of(s, Reports.span(s, 2, column, 1));
        assertTrue(snip.line().length() <= 162, snip.line());
        assertTrue(snip.line().startsWith("\u2026") && snip.line().endsWith("\u2026"));
        assertEquals(snip.line().indexOf(';'), snip.carets().indexOf('^'));
    }

    @Test
    void spanReachingPastTheLineIsMarkedToItsEnd() {
        SourceFile s = SourceFile.of("a.php", "<?php\n$s = 'abc\ndef';\n");
        int start = s.lines().lineStart(2) + 5;
        Snippet snip = Snippet.of(s, new Span(start, start + 10, 2, 6, 3, 6));
        assertEquals("     ^^^^", snip.carets());
    }

    @Test
    void noSnippetWithoutASourceLine() throws IOException {
        assertNull(Snippet.of(null, new Span(0, 0, 1, 1, 1, 1)));
        SourceFile s = SourceFile.of("a.php", "<?php\n");
        assertNull(Snippet.of(s, new Span(0, 0, 9, 1, 9, 1)));
        Finding f = new Finding("ParseError", Category.SYNTAX, Severity.ERROR, "gone.php", new Span(0, 0, 1, 1, 1, 1),
                "cannot read file: no such file", List.of());
        assertTrue(text(report(List.of(f)), false).startsWith(
                "gone.php:1:1: error: cannot read file: no such file [ParseError]\n\n"));
    }

    @Test
    void colourOnlyWhenAsked() throws IOException {
        SourceFile s = SourceFile.of("a.php", "<?php\n;;\n");
        Report r = report(List.of(error(s, 2, 1, 1)), s);
        assertFalse(text(r, false).contains("\033"));
        assertTrue(text(r, true).contains("\033[1;31merror:\033[0m"));
    }

    @Test
    void summaryCountsEachSeverity() {
        SourceFile s = SourceFile.of("a.php", "<?php\n1;\n2;\n3;\n");
        Report r = report(List.of(error(s, 2, 1, 1),
                finding("Unused", Category.DEAD_CODE, Severity.WARNING, s, 3, 1, 1, "w"),
                finding("Unused", Category.DEAD_CODE, Severity.WARNING, s, 4, 1, 1, "w")), s);
        assertEquals("1 file, 3 findings (1 error, 2 warnings, 0 notes) in 1.2s", TextReporter.summary(r));
    }
}
