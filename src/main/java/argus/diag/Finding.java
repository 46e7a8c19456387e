package argus.diag;

import argus.source.Span;
import java.util.Comparator;
import java.util.List;

/**
 * What every stage reports. {@code file} is the display path (relative to the working
 * folder when below it, `/` separators); {@code span} gives line and column (1-based).
 * Findings sort by file, line, column, rule, then message, so reports are deterministic.
 */
public record Finding(String rule, Category category, Severity severity, String file, Span span, String message,
                      List<TraceStep> trace) implements Comparable<Finding> {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        trace = List.copyOf(trace);
    }

    public int line() {
        return span.line();
    }

    public int column() {
        return span.column();
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
