package argus.source;

/**
 * A comment of the source: `//` or `#` (LINE), `/* *&#47;` (BLOCK), `/** *&#47;` (DOC). The text
 * is read from the file on demand: most comments are never looked at, and docblocks make up
 * a good part of PHP code.
 */
public record Comment(Span span, Kind kind) {
    public enum Kind { LINE, BLOCK, DOC }

    public String text(SourceFile source) {
        return source.text(span.start(), span.end());
    }
}
