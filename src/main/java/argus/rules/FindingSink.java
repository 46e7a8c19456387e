package argus.rules;

import argus.ast.Node;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.source.Span;
import java.util.List;

/** Where a rule reports. Rule id, category, severity and file are stamped by the engine. */
public interface FindingSink {
    void report(Span at, String message, List<TraceStep> trace);

    /**
     * Reports at most at {@code ceiling}: a rule whose problem is milder in this case than its
     * declared severity (a removed feature that is only deprecated in the targeted versions)
     * says so, and the rule's (or the config's) severity still caps it. The default keeps the
     * rule's severity, for sinks that cannot lower it.
     */
    default void report(Span at, String message, Severity ceiling) {
        report(at, message, List.of());
    }

    default void report(Span at, String message) {
        report(at, message, List.of());
    }

    default void report(Node at, String message) {
        report(at.span(), message, List.of());
    }
}
