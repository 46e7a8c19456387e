package argus.report;

import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, for CI systems that show test results but nothing else (GitLab, Jenkins, Azure,
 * CircleCI): one suite "argus", one test case per file with findings, named by its path, so the
 * UI's list of failed tests is the list of files to fix, each failure's text listing its findings
 * the way the text report does. A file with only notes passes (its notes go to system-out): a
 * note is advice, and a red test would say otherwise. A clean run has one passing case, because
 * several CI systems treat a report without any test as a broken one.
 */
public final class JunitReporter implements Reporter {
    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        int failures = (int) byFile.values().stream().filter(JunitReporter::fails).count();
        int tests = Math.max(1, byFile.size());
        String time = String.format(Locale.ROOT, "%.3f", report.durationMs() / 1000.0);
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", report.toolName());
            counts(w, tests, failures, time);
            Xml.indent(w, 1);
            w.writeStartElement("testsuite");
            w.writeAttribute("name", report.toolName());
            counts(w, tests, failures, time);
            w.writeAttribute("skipped", "0");
            if (byFile.isEmpty()) {
                Xml.indent(w, 2);
                w.writeEmptyElement("testcase");
                w.writeAttribute("name", "no findings");
                w.writeAttribute("classname", report.toolName());
                w.writeAttribute("time", "0");
            }
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                testCase(w, report, e.getKey(), e.getValue());
            }
            Xml.indent(w, 1);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void counts(XMLStreamWriter w, int tests, int failures, String time) throws XMLStreamException {
        w.writeAttribute("tests", Integer.toString(tests));
        w.writeAttribute("failures", Integer.toString(failures));
        w.writeAttribute("errors", "0");
        w.writeAttribute("time", time);
    }

    private static boolean fails(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() != Severity.NOTE);
    }

    private static void testCase(XMLStreamWriter w, Report report, String file, List<Finding> findings)
            throws XMLStreamException {
        Xml.indent(w, 2);
        w.writeStartElement("testcase");
        w.writeAttribute("name", Xml.attribute(file));
        w.writeAttribute("classname", report.toolName());
        w.writeAttribute("file", Xml.attribute(file));
        w.writeAttribute("time", "0");
        Xml.indent(w, 3);
        if (fails(findings)) {
            w.writeStartElement("failure");
            w.writeAttribute("message", Xml.attribute(summary(findings)));
            w.writeAttribute("type", findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow().id());
        } else {
            w.writeStartElement("system-out");
        }
        w.writeCharacters(Xml.text(details(findings)));
        w.writeEndElement();
        Xml.indent(w, 2);
        w.writeEndElement();
    }

    /** "3 findings: 2 errors, 1 warning". */
    static String summary(List<Finding> findings) {
        StringBuilder b = new StringBuilder().append(findings.size()).append(findings.size() == 1 ? " finding:" : " findings:");
        String sep = " ";
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                b.append(sep).append(n).append(' ').append(s.id()).append(n == 1 ? "" : "s");
                sep = ", ";
            }
        }
        return b.toString();
    }

    /** One line a finding, as the text report's first line, then its trace. */
    private static String details(List<Finding> findings) {
        StringBuilder b = new StringBuilder("\n");
        for (Finding f : findings) {
            b.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ")
                    .append(f.severity().id()).append(": ").append(f.message()).append(" [").append(f.rule()).append("]\n");
            for (TraceStep step : f.trace()) {
                b.append("    = ").append(step.file()).append(':').append(step.span().line()).append(": ")
                        .append(step.message()).append('\n');
            }
        }
        return b.toString();
    }
}
