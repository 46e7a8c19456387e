package argus.report;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.TraceStep;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The JSON report of the CLI contract, field for field and in its order (see {@link Json} for why
 * it is written with a streaming generator).
 */
public final class JsonReporter implements Reporter {
    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", report.toolName());
            g.writeStringField("version", report.toolVersion());
            g.writeEndObject();

            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", report.files());
            g.writeNumberField("lines", report.lines());
            g.writeNumberField("findings", report.findings().size());
            g.writeNumberField("durationMs", report.durationMs());
            g.writeObjectFieldStart("byCategory");
            for (Map.Entry<Category, Long> e : report.byCategory().entrySet()) {
                g.writeNumberField(e.getKey().id(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("findings");
            List<String> fingerprints = report.fingerprints();
            for (int i = 0; i < report.findings().size(); i++) {
                writeFinding(g, report.findings().get(i), fingerprints.get(i));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeFinding(JsonGenerator g, Finding f, String fingerprint) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("category", f.category().id());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("file", f.file());
        g.writeNumberField("line", f.span().line());
        g.writeNumberField("column", f.span().column());
        g.writeNumberField("endLine", f.span().endLine());
        g.writeNumberField("endColumn", f.span().endColumn());
        g.writeStringField("message", f.message());
        g.writeStringField("fingerprint", fingerprint);
        if (!f.trace().isEmpty()) {
            g.writeArrayFieldStart("trace");
            for (TraceStep step : f.trace()) {
                g.writeStartObject();
                g.writeStringField("file", step.file());
                g.writeNumberField("line", step.span().line());
                g.writeStringField("message", step.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
