package argus.ast;

import argus.source.Span;

/**
 * A class, function or constant name as written. {@code text} has no leading `\` or
 * `namespace\`; {@link #kind} says which of those it had. Resolution against the file's
 * namespace and imports happens in the index, not here.
 */
public record Name(Span span, String text, Kind kind) implements NameOrExpr {
    public enum Kind { UNQUALIFIED, QUALIFIED, FULLY_QUALIFIED, RELATIVE }

    public static Name parse(Span span, String written) {
        if (written.startsWith("\\")) {
            return new Name(span, written.substring(1), Kind.FULLY_QUALIFIED);
        }
        if (written.length() > 10 && written.regionMatches(true, 0, "namespace\\", 0, 10)) {
            return new Name(span, written.substring(10), Kind.RELATIVE);
        }
        return new Name(span, written, written.indexOf('\\') >= 0 ? Kind.QUALIFIED : Kind.UNQUALIFIED);
    }

    /** The name as it would be written in source. */
    public String written() {
        return switch (kind) {
            case FULLY_QUALIFIED -> "\\" + text;
            case RELATIVE -> "namespace\\" + text;
            default -> text;
        };
    }

    /** The last segment: `Bar` of `Foo\Bar`. */
    public String last() {
        int i = text.lastIndexOf('\\');
        return i < 0 ? text : text.substring(i + 1);
    }

    public boolean is(String lowerCaseText) {
        return kind != Kind.QUALIFIED && kind != Kind.RELATIVE && text.equalsIgnoreCase(lowerCaseText);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitName(this);
    }

    @Override
    public String toString() {
        return written();
    }
}
