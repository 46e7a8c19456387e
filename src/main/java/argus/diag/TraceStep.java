package argus.diag;

import argus.source.Span;

/** One step of a finding's trace: where a tainted value came from, or a type's origin. */
public record TraceStep(String file, Span span, String message) {
}
