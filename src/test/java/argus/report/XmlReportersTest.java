package argus.report;

import static argus.report.Reports.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Checkstyle and JUnit XML: read back with a real parser, whatever the messages hold. */
class XmlReportersTest {
    private static final SourceFile A = SourceFile.of("src/a&b <x>.php", "<?php\n$x = 'é' . $y;\n1;\n2;\n");
    // Characters XML 1.0 cannot carry, not even escaped, and ones a writer must escape.
    private static final String NASTY = "bad \u0000\u0001\u001b[31m \uD800 <tag> & \"quote\" 'apos'\r\nnext line";

    private static Document parse(Reporter reporter, Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(report, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Report sample() {
        return Reports.report(List.of(
                finding("ParseError", Category.SYNTAX, Severity.ERROR, A, 2, 17, 1, NASTY),
                finding("UnusedVariable", Category.DEAD_CODE, Severity.NOTE, A, 3, 1, 1, "note"),
                finding("InvalidArgument", Category.TYPES, Severity.WARNING, A, 4, 1, 1, "array<int, string>")), A);
    }

    @Test
    void checkstyle() throws Exception {
        Document doc = parse(new CheckstyleReporter(), sample());
        Element root = doc.getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        assertEquals("4.3", root.getAttribute("version"));
        Element file = (Element) root.getElementsByTagName("file").item(0);
        assertEquals("src/a&b <x>.php", file.getAttribute("name"));
        Element first = (Element) file.getElementsByTagName("error").item(0);
        assertEquals("2", first.getAttribute("line"));
        // Byte column 17 is after "é" (2 bytes): character column 16.
        assertEquals("16", first.getAttribute("column"));
        assertEquals("error", first.getAttribute("severity"));
        assertEquals("argus.ParseError", first.getAttribute("source"));
        assertEquals("bad \uFFFD\uFFFD\uFFFD[31m \uFFFD <tag> & \"quote\" 'apos'  next line", first.getAttribute("message"));
        assertEquals("info", ((Element) file.getElementsByTagName("error").item(1)).getAttribute("severity"));
        assertEquals("array<int, string>", ((Element) file.getElementsByTagName("error").item(2)).getAttribute("message"));
    }

    @Test
    void checkstyleEmpty() throws Exception {
        Document doc = parse(new CheckstyleReporter(), Reports.report(List.of()));
        assertEquals(0, doc.getElementsByTagName("file").getLength());
    }

    @Test
    void junitOneFailingCasePerFile() throws Exception {
        SourceFile b = SourceFile.of("src/b.php", "<?php\n1;\n");
        List<Finding> findings = new java.util.ArrayList<>(sample().findings());
        findings.add(finding("UnusedVariable", Category.DEAD_CODE, Severity.NOTE, b, 2, 1, 1, "only a note"));
        Document doc = parse(new JunitReporter(), Reports.report(findings, A, b));
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("2", suites.getAttribute("tests"));
        assertEquals("1", suites.getAttribute("failures"));
        assertEquals("1.234", suites.getAttribute("time"));
        Element failing = (Element) doc.getElementsByTagName("testcase").item(0);
        assertEquals("src/a&b <x>.php", failing.getAttribute("name"));
        Element failure = (Element) failing.getElementsByTagName("failure").item(0);
        assertEquals("3 findings: 1 error, 1 warning, 1 note", failure.getAttribute("message"));
        assertEquals("error", failure.getAttribute("type"));
        String body = failure.getTextContent();
        assertTrue(body.contains("src/a&b <x>.php:2:17: error: bad \uFFFD\uFFFD\uFFFD[31m \uFFFD <tag> & \"quote\" 'apos'\n"), body);
        // A file with only notes passes; its notes are kept in system-out.
        Element passing = (Element) doc.getElementsByTagName("testcase").item(1);
        assertEquals(0, passing.getElementsByTagName("failure").getLength());
        assertTrue(passing.getElementsByTagName("system-out").item(0).getTextContent().contains("only a note"));
    }

    @Test
    void junitCleanRunHasOnePassingCase() throws Exception {
        Document doc = parse(new JunitReporter(), Reports.report(List.of()));
        assertEquals("1", doc.getDocumentElement().getAttribute("tests"));
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(1, doc.getElementsByTagName("testcase").getLength());
    }

    @Test
    void xmlTextKeepsSurrogatePairsAndLineBreaks() {
        assertEquals("a\uD83D\uDE00b\n\tc", Xml.text("a\uD83D\uDE00b\n\tc"));
        assertEquals("a\uFFFDb\uFFFD", Xml.text("a\uDE00b\uFFFE"));
        assertEquals("a b  c", Xml.attribute("a\tb\r\nc"));
    }
}
