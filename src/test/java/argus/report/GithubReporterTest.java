package argus.report;

import static argus.report.Reports.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReporterTest {
    @TempDir
    Path temp;

    private static String run(GithubReporter reporter, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void escapesDataAndProperties() {
        assertEquals("100%25 a%0D%0Ab: c, d", GithubReporter.data("100% a\r\nb: c, d"));
        assertEquals("a%3Ab%2Cc%25%0A", GithubReporter.property("a:b,c%\n"));
        SourceFile s = SourceFile.of("src/we,ird:name.php", "<?php\n$x = 'é' . 1;\n");
        Report r = Reports.report(List.of(finding("R", Category.TYPES, Severity.WARNING, s, 2, 15, 1, "50% off\nnow")), s);
        assertEquals("::warning file=src/we%2Cird%3Aname.php,line=2,col=14,endLine=2,endColumn=15,title=R::50%25 off%0Anow\n",
                GithubReporter.command(r, r.findings().get(0)));
    }

    @Test
    void tenOfEachLevelMostSevereFirstThenASummaryLine() throws IOException {
        StringBuilder text = new StringBuilder("<?php\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(";\n");
        }
        SourceFile s = SourceFile.of("a.php", text.toString());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            findings.add(finding("N", Category.DEAD_CODE, Severity.NOTE, s, 2 + i, 1, 1, "n" + i));
            findings.add(finding("W", Category.TYPES, Severity.WARNING, s, 2 + i, 1, 1, "w" + i));
        }
        for (int i = 0; i < 3; i++) {
            findings.add(finding("E", Category.SYNTAX, Severity.ERROR, s, 20 + i, 1, 1, "e" + i));
        }
        String out = run(new GithubReporter(null), Reports.report(findings, s));
        List<String> lines = out.lines().toList();
        assertEquals(3 + 10 + 10 + 1, lines.size(), out);
        assertTrue(lines.get(0).startsWith("::error "));
        assertTrue(lines.get(3).startsWith("::warning ") && lines.get(3).endsWith("::w0"));
        assertTrue(lines.get(13).startsWith("::notice "));
        assertEquals("argus: 1 file, 27 findings (3 errors, 12 warnings, 12 notes); 4 not shown as annotations "
                + "(GitHub shows at most 10 errors, 10 warnings and 10 notices a step)", lines.get(23));
    }

    @Test
    void stepSummaryListsAllFindingsAndIsAppendedTo() throws IOException {
        Path summary = temp.resolve("step-summary.md");
        Files.writeString(summary, "before\n");
        SourceFile s = SourceFile.of("a.php", "<?php\n1;\n");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            findings.add(finding("E", Category.SYNTAX, Severity.ERROR, s, 2, 1, 1, "e|" + i + " <b>"));
        }
        String out = run(new GithubReporter(summary.toString()), Reports.report(findings, s));
        assertTrue(out.endsWith("; 5 not shown as annotations (GitHub shows at most 10 errors, 10 warnings and 10 "
                + "notices a step): the job summary lists them all\n"), out);
        String md = Files.readString(summary);
        assertTrue(md.startsWith("before\n### argus: 1 file, 15 findings"), md);
        assertEquals(15, md.lines().filter(l -> l.startsWith("| error |")).count());
        assertTrue(md.contains("| e\\|14 \\<b\\> |"), md);
    }

    @Test
    void stepSummaryStopsBeforeGithubsLimit() {
        SourceFile s = SourceFile.of("a.php", "<?php\n1;\n");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            findings.add(finding("E", Category.SYNTAX, Severity.ERROR, s, 2, 1, 1, "message " + i));
        }
        String md = GithubSummary.markdown(Reports.report(findings, s), 2000);
        assertTrue(md.getBytes(StandardCharsets.UTF_8).length < 2200);
        assertTrue(md.contains(" more findings are not listed: GitHub shows at most 1 MiB of summary a step."), md);
    }

    @Test
    void noSummaryFileWithoutTheVariable() throws IOException {
        String out = run(new GithubReporter(""), Reports.report(List.of()));
        assertEquals("argus: 0 files, 0 findings (0 errors, 0 warnings, 0 notes)\n", out);
        assertFalse(Files.list(temp).findAny().isPresent());
    }
}
