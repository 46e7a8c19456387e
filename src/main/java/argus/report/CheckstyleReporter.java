package argus.report;

import argus.diag.Finding;
import argus.diag.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle's XML (version 4.3), which Jenkins, reviewdog, SonarQube and many CI tools import:
 * one {@code <file>} per file with findings, one {@code <error>} per finding. Columns count
 * characters (UTF-16 units), as the editors and diff views that show them do; notes are
 * Checkstyle's "info".
 */
public final class CheckstyleReporter implements Reporter {
    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("checkstyle");
            w.writeAttribute("version", "4.3");
            List<Finding> findings = report.findings();
            String open = null;
            for (Finding f : findings) {
                if (!f.file().equals(open)) {
                    if (open != null) {
                        Xml.indent(w, 1);
                        w.writeEndElement();
                    }
                    open = f.file();
                    Xml.indent(w, 1);
                    w.writeStartElement("file");
                    w.writeAttribute("name", Xml.attribute(f.file()));
                }
                Xml.indent(w, 2);
                w.writeEmptyElement("error");
                w.writeAttribute("line", Integer.toString(Math.max(0, f.line())));
                if (f.column() >= 1) {
                    w.writeAttribute("column", Integer.toString(
                            Utf16Columns.column(report.source(f.file()), f.line(), f.column())));
                }
                w.writeAttribute("severity", severity(f.severity()));
                w.writeAttribute("message", Xml.attribute(f.message()));
                w.writeAttribute("source", "argus." + f.rule());
            }
            if (open != null) {
                Xml.indent(w, 1);
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Checkstyle report: " + e.getMessage(), e);
        }
    }

    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "info";
        };
    }
}
