package argus.report;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.source.LineMap;
import argus.source.SourceFile;
import argus.source.Span;
import java.nio.file.Path;
import java.util.List;

/** Builders for reports in tests: findings placed by line and column in real sources. */
final class Reports {
    private Reports() {
    }

    /** A span over {@code length} bytes from a 1-based line and byte column. */
    static Span span(SourceFile source, int line, int column, int length) {
        LineMap lines = source.lines();
        int start = lines.lineStart(line) + column - 1;
        return new Span(start, start + length, line, column, line, column + length);
    }

    static Finding finding(String rule, Category category, Severity severity, SourceFile source, int line, int column,
                           int length, String message, TraceStep... trace) {
        return new Finding(rule, category, severity, source.path(), span(source, line, column, length), message,
                List.of(trace));
    }

    /** The project root and working folder of {@link #report}: display paths are root-relative. */
    static final Path ROOT = Path.of("/project");

    static Report report(List<Finding> findings, SourceFile... sources) {
        return builder(findings, sources).build();
    }

    static Report.Builder builder(List<Finding> findings, SourceFile... sources) {
        return Report.builder().tool("argus", "9.9.9").root(ROOT).cwd(ROOT).files(sources.length).lines(42)
                .durationMs(1234).findings(findings).sources(List.of(sources));
    }
}
