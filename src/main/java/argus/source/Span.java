package argus.source;

/**
 * A range of a source file: byte offsets [start, end) and the 1-based line and column of
 * both ends. Columns count bytes (the lexer reads files as ISO-8859-1); reporters convert
 * to characters where a format asks for them.
 */
public record Span(int start, int end, int line, int column, int endLine, int endColumn) {
    public static final Span NONE = new Span(0, 0, 0, 0, 0, 0);

    public int length() {
        return end - start;
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        Span first = start <= other.start ? this : other;
        Span last = end >= other.end ? this : other;
        return new Span(first.start, last.end, first.line, first.column, last.endLine, last.endColumn);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
