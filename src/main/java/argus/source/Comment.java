package argus.source;

/** A comment of the source: `//` or `#` (LINE), `/* *&#47;` (BLOCK), `/** *&#47;` (DOC). */
public record Comment(Span span, String text, Kind kind) {
    public enum Kind { LINE, BLOCK, DOC }
}
