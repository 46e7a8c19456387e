package argus.ast;

import argus.source.Span;

/** A syntax error at the offending token, with a message in PHP programmers' terms. */
public record SyntaxError(Span span, String message) {
}
