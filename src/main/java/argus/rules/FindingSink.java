package argus.rules;

import argus.ast.Node;
import argus.diag.TraceStep;
import argus.source.Span;
import java.util.List;

/** Where a rule reports. Rule id, category, severity and file are stamped by the engine. */
public interface FindingSink {
    void report(Span at, String message, List<TraceStep> trace);

    default void report(Span at, String message) {
        report(at, message, List.of());
    }

    default void report(Node at, String message) {
        report(at.span(), message, List.of());
    }
}
