package argus.report;

import argus.rules.RuleDocs;

import static argus.report.Reports.finding;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.rules.RuleDocs;
import argus.source.SourceFile;
import argus.source.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
    private static final SourceFile A = SourceFile.of("src/a.php", "<?php\n$x = 1;\n$y = 2;\n$z = 3;\n");

    private static String sarif(SarifReporter reporter, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(report, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), SarifChecks.problems(text));
        return text;
    }

    private static JsonNode json(Report report) throws IOException {
        return new ObjectMapper().readTree(sarif(new SarifReporter(), report));
    }

    private static Finding warning(SourceFile s, int line, int column, int length) {
        return finding("UnusedVariable", Category.DEAD_CODE, Severity.WARNING, s, line, column, length, "unused");
    }

    @Test
    void goldenIsValidSarif() throws IOException {
        assertEquals(List.of(), SarifChecks.problems(ReportGoldenTest.goldenSarif()));
    }

    @Test
    void checksCatchWhatTheSchemaMisses() throws IOException {
        String good = ReportGoldenTest.goldenSarif();
        assertFalse(SarifChecks.problems(good.replace("\"8.8\"", "\"11.0\"")).isEmpty());
        assertFalse(SarifChecks.problems(good.replace("\"precision\": \"high\"", "\"precision\": \"sure\"")).isEmpty());
        assertFalse(SarifChecks.problems(good.replace("\"level\": \"note\"", "\"level\": \"info\"")).isEmpty());
        assertFalse(SarifChecks.problems(good.replace("\"startLine\": 4", "\"startLine\": 0")).isEmpty());
        assertFalse(SarifChecks.problems(good.replace("\"ruleIndex\": 0", "\"ruleIndex\": 1")).isEmpty());
    }

    @Test
    void registeredRuleMetadataAndUnknownRulesDerived() throws IOException {
        JsonNode rules = json(Reports.report(List.of(
                finding("ParseError", Category.SYNTAX, Severity.ERROR, A, 2, 1, 2, "unexpected"),
                finding("TaintedShell", Category.SECURITY, Severity.ERROR, A, 3, 1, 2, "tainted")), A))
                .at("/runs/0/tool/driver/rules");
        assertEquals(2, rules.size());
        JsonNode parse = rules.get(0);
        assertEquals("ParseError", parse.path("id").asText());
        assertEquals("The file does not parse: PHP would refuse to run it", parse.at("/shortDescription/text").asText());
        assertTrue(parse.at("/fullDescription/text").asText().startsWith("A syntax error takes the whole file down"));
        assertTrue(parse.at("/help/markdown").asText().contains("## Flagged"));
        assertEquals("very-high", parse.at("/properties/precision").asText());
        JsonNode shell = rules.get(1);
        assertEquals("Tainted shell", shell.at("/shortDescription/text").asText());
        assertEquals("error", shell.at("/defaultConfiguration/level").asText());
        assertEquals("[\"security\"]", shell.at("/properties/tags").toString());
        assertTrue(shell.at("/properties/security-severity").isMissingNode());
    }

    @Test
    void columnsAreUtf16CodeUnits() throws IOException {
        // "é" is 2 bytes and 1 unit, "😀" 4 bytes and 2 units: the ';' is at byte 13, unit 10.
        SourceFile s = SourceFile.of("u.php", "<?php\n'é😀' . ;\n");
        JsonNode region = json(Reports.report(List.of(warning(s, 2, 13, 1)), s))
                .at("/runs/0/results/0/locations/0/physicalLocation/region");
        assertEquals(10, region.path("startColumn").asInt());
        assertEquals(11, region.path("endColumn").asInt());
        // A line that is not UTF-8 counts bytes.
        SourceFile latin1 = new SourceFile("l.php", "<?php\n'\u00e9' . ;\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(9, json(Reports.report(List.of(warning(latin1, 2, 9, 1)), latin1))
                .at("/runs/0/results/0/locations/0/physicalLocation/region/startColumn").asInt());
    }

    @Test
    void locationsAreRelativeToTheRootWhereverArgusRuns() throws IOException {
        SourceFile s = SourceFile.of("app/src/my file#1.php", "<?php\n$x = 1;\n");
        Report report = Report.builder().root(Path.of("/home/me/app")).cwd(Path.of("/home/me"))
                .findings(List.of(warning(s, 2, 1, 2))).sources(List.of(s)).build();
        JsonNode run = json(report).at("/runs/0");
        assertEquals("file:///home/me/app/", run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        JsonNode artifact = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("src/my%20file%231.php", artifact.path("uri").asText());
        assertEquals("%SRCROOT%", artifact.path("uriBaseId").asText());
        assertEquals("file:///home/me/", run.at("/invocations/0/workingDirectory/uri").asText());

        SourceFile outside = SourceFile.of("/opt/lib/b.php", "<?php\n$x = 1;\n");
        JsonNode other = json(Report.builder().root(Path.of("/home/me/app")).cwd(Path.of("/home/me"))
                .findings(List.of(warning(outside, 2, 1, 2))).sources(List.of(outside)).build())
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("file:///opt/lib/b.php", other.path("uri").asText());
        assertTrue(other.path("uriBaseId").isMissingNode());
    }

    @Test
    void noRegionWithoutALineAndNoColumnsWithoutTheSource() throws IOException {
        Finding unread = new Finding("ParseError", Category.SYNTAX, Severity.ERROR, "gone.php", new Span(0, 0, 1, 1, 1, 1),
                "cannot read file: no such file", List.of());
        Finding nowhere = new Finding("ParseError", Category.SYNTAX, Severity.ERROR, "gone.php", Span.NONE, "x", List.of());
        JsonNode results = json(Reports.report(List.of(unread, nowhere))).at("/runs/0/results");
        assertEquals("{\"startLine\":1,\"endLine\":1}",
                results.at("/1/locations/0/physicalLocation/region").toString());
        assertTrue(results.at("/0/locations/0/physicalLocation/region").isMissingNode());
    }

    @Test
    void noticesBecomeNotificationsAndAnErrorMeansUnsuccessful() throws IOException {
        Report ok = Reports.builder(List.of()).notices(List.of(Notice.warning("skipped folder x: permission denied")))
                .build();
        JsonNode inv = json(ok).at("/runs/0/invocations/0");
        assertTrue(inv.path("executionSuccessful").asBoolean());
        assertEquals("warning", inv.at("/toolExecutionNotifications/0/level").asText());
        assertTrue(inv.at("/toolExecutionNotifications/0/locations").isMissingNode());

        Report failed = Reports.builder(List.of()).notices(List.of(new Notice("src/a.php", Severity.ERROR, "crashed")))
                .build();
        inv = json(failed).at("/runs/0/invocations/0");
        assertFalse(inv.path("executionSuccessful").asBoolean());
        assertEquals("src/a.php",
                inv.at("/toolExecutionNotifications/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void atMostMaxResultsTheFirstInReportOrderAndSaidSo() throws IOException {
        List<Finding> findings = List.of(warning(A, 2, 1, 2), warning(A, 3, 1, 2), warning(A, 4, 1, 2));
        JsonNode run = new ObjectMapper().readTree(sarif(new SarifReporter(id -> Optional.empty(), 2,
                SarifReporter.MAX_GZIP_BYTES), Reports.report(findings, A))).at("/runs/0");
        assertEquals(2, run.path("results").size());
        assertEquals(3, run.at("/results/1/locations/0/physicalLocation/region/startLine").asInt());
        JsonNode note = run.at("/invocations/0/toolExecutionNotifications/0");
        assertEquals("warning", note.path("level").asText());
        assertTrue(note.at("/message/text").asText().contains("first 2 of 3 results"), note.toString());
        // Cutting is not failing: the run itself went well.
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
    }

    @Test
    void underTheGzipLimitAndSaidSo() throws IOException {
        List<Finding> findings = new ArrayList<>();
        StringBuilder text = new StringBuilder("<?php\n");
        for (int i = 0; i < 400; i++) {
            text.append("$v").append(i).append(" = ").append(Math.abs((long) (i * 2654435761L) % 1000003)).append(";\n");
        }
        SourceFile big = SourceFile.of("big.php", text.toString());
        for (int i = 0; i < 400; i++) {
            findings.add(warning(big, i + 2, 1, 3));
        }
        Report report = Reports.report(findings, big);
        SarifReporter small = new SarifReporter(id -> Optional.empty(), 25_000, 8_000);
        String out = sarif(small, report);
        assertTrue(ReportGoldenTestSupport.gzipSize(out) <= 8_000);
        JsonNode run = new ObjectMapper().readTree(out).at("/runs/0");
        int kept = run.path("results").size();
        assertTrue(kept > 0 && kept < 400, "kept " + kept);
        assertTrue(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText()
                .contains("first " + kept + " of 400"));
    }

    @Test
    void longTracesKeepTheirFirstStepsAndTheSink() throws IOException {
        List<TraceStep> trace = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            trace.add(new TraceStep("src/a.php", Reports.span(A, 2 + i % 3, 1, 2), "step " + i));
        }
        Finding f = new Finding("TaintedSql", Category.SECURITY, Severity.ERROR, "src/a.php", Reports.span(A, 2, 1, 2),
                "tainted", trace);
        JsonNode run = json(Reports.report(List.of(f), A)).at("/runs/0");
        JsonNode steps = run.at("/results/0/codeFlows/0/threadFlows/0/locations");
        assertEquals(SarifReporter.MAX_TRACE_STEPS, steps.size());
        assertEquals("step 0", steps.get(0).at("/location/message/text").asText());
        assertEquals("step 1499", steps.get(steps.size() - 1).at("/location/message/text").asText());
        assertTrue(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText().contains("shortened"));
    }

    @Test
    void semanticVersionOnlyForSemanticVersions() throws IOException {
        JsonNode dev = json(Report.builder().tool("argus", "dev").build()).at("/runs/0/tool/driver");
        assertEquals("dev", dev.path("version").asText());
        assertTrue(dev.path("semanticVersion").isMissingNode());
        JsonNode release = json(Reports.report(List.of())).at("/runs/0/tool/driver");
        assertEquals("9.9.9", release.path("semanticVersion").asText());
        assertEquals(SarifReporter.INFORMATION_URI, release.path("informationUri").asText());
        assertEquals(0, release.path("rules").size());
    }

    @Test
    void bytesAreDeterministic() throws IOException {
        List<Finding> findings = new ArrayList<>(List.of(warning(A, 4, 1, 2), warning(A, 2, 1, 2),
                finding("ParseError", Category.SYNTAX, Severity.ERROR, A, 3, 1, 2, "x")));
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        new SarifReporter().write(Reports.report(findings, A), first);
        Collections.reverse(findings);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new SarifReporter().write(Reports.report(findings, A), second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        String text = first.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"));
        assertFalse(text.contains("\r") || text.contains("Time"));
    }

    @Test
    void ruleDocSectionsStopAtTheNextHeadingButNotInsideCode() {
        String md = "# R\n\nIntro.\n\n## Why\nBecause.\n```php\n## not a heading\n```\n### Detail\nMore.\n\n## Flagged\nx\n";
        assertEquals("Because.\n```php\n## not a heading\n```\n### Detail\nMore.", RuleDocs.section(md, "Why").orElseThrow());
        assertTrue(RuleDocs.section(md, "Accepted").isEmpty());
        assertTrue(RuleDocs.markdown("../../etc/passwd").isEmpty());
        assertTrue(RuleDocs.markdown("NoSuchRule").isEmpty());
    }

    @Test
    void columnsPastTheLineEndCountOneEach() {
        SourceFile s = SourceFile.of("u.php", "<?php\n'é'\n");
        // Line 2 is 4 bytes, 3 units; byte column 6 is one past its end plus one.
        assertEquals(5, Utf16Columns.column(s, 2, 6));
        assertEquals(7, Utf16Columns.column(s, 9, 7));
        assertEquals(7, Utf16Columns.column(null, 2, 7));
    }
}
