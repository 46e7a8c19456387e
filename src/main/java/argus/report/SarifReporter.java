package argus.report;

import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.rules.RuleInfo;
import argus.rules.RuleRegistry;
import argus.rules.Rule;
import argus.source.SourceFile;
import argus.source.Span;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, rule metadata for every rule with results,
 * locations relative to %SRCROOT% (the project root), UTF-16 columns, fingerprints that survive
 * edits above a finding, traces as code flows, and notices as toolExecutionNotifications.
 *
 * <p>GitHub rejects or cuts what is over its limits, so the report is cut here first and says so
 * in a warning notification: at most 25,000 results (the first ones, in report order), at most
 * 1,000 steps a trace (GitHub shows no more), and under 10 MB gzipped. Nothing in the output
 * depends on the clock, so two runs on the same code give the same bytes.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/argus-php/argus";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "argusFingerprint/v1";
    static final String AUTOMATION_ID = "argus/analyse/";
    static final int MAX_RESULTS = 25_000;
    static final int MAX_TRACE_STEPS = 1_000;
    // GitHub's limit is 10 MB gzipped; the margin covers the notification that says we cut.
    static final long MAX_GZIP_BYTES = 10L * 1024 * 1024 - 64 * 1024;
    private static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private final Function<String, Optional<RuleInfo>> rules;
    private final int maxResults;
    private final long maxGzipBytes;

    public SarifReporter() {
        this(id -> RuleRegistry.byId(id).map(Rule::info), MAX_RESULTS, MAX_GZIP_BYTES);
    }

    /** @param rules the metadata of a rule id, empty when unknown (then derived from its findings) */
    SarifReporter(Function<String, Optional<RuleInfo>> rules, int maxResults, long maxGzipBytes) {
        this.rules = rules;
        this.maxResults = maxResults;
        this.maxGzipBytes = maxGzipBytes;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        List<Finding> all = report.findings();
        List<String> fingerprints = report.fingerprints();
        int kept = Math.min(all.size(), maxResults);
        byte[] bytes = render(report, fingerprints, kept);
        // Shrink in proportion until the gzipped size fits; a few rounds at most, since results are
        // of similar size.
        for (int round = 0; round < 8; round++) {
            long size = gzipSize(bytes);
            if (size <= maxGzipBytes || kept == 0) {
                break;
            }
            kept = (int) Math.max(0, Math.min(kept - 1, kept * (maxGzipBytes / (double) size) * 0.95));
            bytes = render(report, fingerprints, kept);
        }
        out.write(bytes);
    }

    private byte[] render(Report report, List<String> fingerprints, int kept) throws IOException {
        List<Finding> results = report.findings().subList(0, kept);
        Map<String, SarifRule> ruleMeta = new TreeMap<>();
        for (Finding f : results) {
            ruleMeta.computeIfAbsent(f.rule(), id -> rules.apply(id).map(SarifRule::of).orElseGet(() -> SarifRule.derived(f)));
        }
        List<String> ruleIds = new ArrayList<>(ruleMeta.keySet());
        Locations locations = new Locations(report);

        List<Notice> notices = new ArrayList<>(report.notices());
        int total = report.findings().size();
        if (kept < total) {
            notices.add(Notice.warning(String.format(Locale.ROOT,
                    "The SARIF report holds the first %d of %d results: GitHub code scanning accepts at most "
                            + "%d results a run and 10 MB gzipped.", kept, total, maxResults)));
        }
        long shortened = results.stream().filter(f -> f.trace().size() > MAX_TRACE_STEPS).count();
        if (shortened > 0) {
            notices.add(Notice.warning(String.format(Locale.ROOT,
                    "The traces of %d results were shortened to their first %d steps and their last: GitHub "
                            + "code scanning shows no more.", shortened, MAX_TRACE_STEPS - 1)));
        }

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.generator(buffer)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g, report, ruleMeta);
            g.writeObjectFieldStart("automationDetails");
            g.writeStringField("id", AUTOMATION_ID);
            g.writeEndObject();
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(SRCROOT);
            g.writeStringField("uri", folderUri(report.root()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("columnKind", "utf16CodeUnits");
            writeInvocation(g, report, notices, locations);
            g.writeArrayFieldStart("results");
            for (int i = 0; i < results.size(); i++) {
                Finding f = results.get(i);
                writeResult(g, f, ruleIds.indexOf(f.rule()), fingerprints.get(i), locations);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return buffer.toByteArray();
    }

    private static void writeTool(JsonGenerator g, Report report, Map<String, SarifRule> ruleMeta) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", report.toolName());
        g.writeStringField("version", report.toolVersion());
        if (SEMVER.matcher(report.toolVersion()).matches()) {
            g.writeStringField("semanticVersion", report.toolVersion());
        }
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (SarifRule r : ruleMeta.values()) {
            r.write(g);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator g, Report report, List<Notice> notices, Locations locations)
            throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", notices.stream().noneMatch(n -> n.level() == Severity.ERROR));
        // Where argus ran: GitHub needs it (GH1006) to place a location given as an absolute file URI.
        g.writeObjectFieldStart("workingDirectory");
        g.writeStringField("uri", folderUri(report.cwd()));
        g.writeEndObject();
        if (!notices.isEmpty()) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (Notice n : notices) {
                g.writeStartObject();
                if (n.file() != null) {
                    g.writeArrayFieldStart("locations");
                    g.writeStartObject();
                    locations.physical(g, n.file(), Span.NONE);
                    g.writeEndObject();
                    g.writeEndArray();
                }
                g.writeStringField("level", n.level().id());
                message(g, n.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writeResult(JsonGenerator g, Finding f, int ruleIndex, String fingerprint, Locations locations)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", f.severity().id());
        message(g, f.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        locations.physical(g, f.file(), f.span());
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, fingerprint);
        g.writeEndObject();
        if (!f.trace().isEmpty()) {
            g.writeArrayFieldStart("codeFlows");
            g.writeStartObject();
            g.writeArrayFieldStart("threadFlows");
            g.writeStartObject();
            g.writeArrayFieldStart("locations");
            for (TraceStep step : shortened(f.trace())) {
                g.writeStartObject();
                g.writeObjectFieldStart("location");
                locations.physical(g, step.file(), step.span());
                message(g, step.message());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The first steps and the last one: a taint trace's last step is its sink. */
    static List<TraceStep> shortened(List<TraceStep> trace) {
        if (trace.size() <= MAX_TRACE_STEPS) {
            return trace;
        }
        List<TraceStep> out = new ArrayList<>(trace.subList(0, MAX_TRACE_STEPS - 1));
        out.add(trace.get(trace.size() - 1));
        return out;
    }

    private static void message(JsonGenerator g, String text) throws IOException {
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** A folder as an absolute file URI ending in '/', as originalUriBaseIds requires. */
    static String folderUri(Path folder) {
        String uri = folder.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static long gzipSize(byte[] bytes) throws IOException {
        CountingStream counter = new CountingStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(counter)) {
            gz.write(bytes);
        }
        return counter.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** physicalLocation objects: URIs relative to %SRCROOT%, regions in UTF-16 columns. */
    private static final class Locations {
        private final Report report;

        Locations(Report report) {
            this.report = report;
        }

        void physical(JsonGenerator g, String file, Span span) throws IOException {
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            if (report.inProject(file)) {
                g.writeStringField("uri", encodePath(report.projectPath(file)));
                g.writeStringField("uriBaseId", SRCROOT);
            } else {
                g.writeStringField("uri", report.absolute(file).toUri().toString());
            }
            g.writeEndObject();
            region(g, report.source(file), span);
            g.writeEndObject();
        }

        /** No region for a span without a line; no columns when the source is unknown (they could be wrong). */
        private static void region(JsonGenerator g, SourceFile source, Span span) throws IOException {
            if (span.line() < 1) {
                return;
            }
            boolean hasEnd = span.endLine() > span.line()
                    || span.endLine() == span.line() && span.endColumn() >= span.column();
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", span.line());
            if (source != null && span.column() >= 1) {
                g.writeNumberField("startColumn", Utf16Columns.column(source, span.line(), span.column()));
            }
            if (hasEnd) {
                g.writeNumberField("endLine", span.endLine());
                if (source != null && span.column() >= 1) {
                    g.writeNumberField("endColumn", Utf16Columns.column(source, span.endLine(), span.endColumn()));
                }
            }
            g.writeEndObject();
        }
    }

    /** A relative path as a URI reference: UTF-8 percent-encoded but for unreserved characters and '/'. */
    static String encodePath(String path) {
        StringBuilder b = new StringBuilder(path.length());
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            // ':' is encoded too: "a:b.php" would otherwise read as a URI of scheme "a".
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }
}
