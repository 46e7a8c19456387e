package argus.report;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.source.LineMap;
import argus.source.SourceFile;
import argus.source.Span;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    static Report report(List<Finding> findings, SourceFile... sources) {
        Map<String, SourceFile> map = new TreeMap<>();
        for (SourceFile s : sources) {
            map.put(s.path(), s);
        }
        return new Report("argus", "9.9.9", sources.length, 42, 1234, findings, new TreeMap<>(map), List.of());
    }
}
