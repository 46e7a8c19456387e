package argus.ast;

import java.util.List;

/**
 * Number and string literals for the printer. Strings are printed in the kind
 * they were written in, because the kind is part of the tree: single-quoted, "...",
 * heredoc and nowdoc. Text is one char per byte and is written back byte for byte; only
 * the characters that would end or interpolate the string are escaped.
 */
final class Literals {
    private Literals() {
    }

    /**
     * The source text of a number. {@code raw} is what was written (`0x1F`, `1_000`, `.5`),
     * so printing it keeps the tree equal; a folded literal without raw text prints its
     * value, which for a negative number reparses as a unary minus (callers parenthesize).
     */
    static String number(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return i.raw() != null ? i.raw() : Long.toString(i.value());
        }
        Expr.FloatLit f = (Expr.FloatLit) e;
        if (f.raw() != null) {
            return f.raw();
        }
        double d = f.value();
        if (Double.isNaN(d)) {
            return "NAN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "INF" : "-INF";
        }
        // Java's shortest round-trip form; `1.0E10` and `1.0E-5` are valid PHP as written.
        return Double.toString(d);
    }

    static void string(PrinterBase p, Expr.StringLit s) {
        StringBuilder out = p.out;
        switch (s.kind()) {
            case SINGLE_QUOTED -> {
                out.append('\'');
                for (int i = 0; i < s.value().length(); i++) {
                    char ch = s.value().charAt(i);
                    if (ch == '\\' || ch == '\'') {
                        out.append('\\');
                    }
                    out.append(ch);
                }
                out.append('\'');
            }
            case DOUBLE_QUOTED -> {
                out.append('"');
                escape(out, s.value(), '"');
                out.append('"');
            }
            case HEREDOC -> heredoc(p, () -> escape(out, s.value(), HEREDOC));
            case NOWDOC -> {
                String label = label(s.value());
                out.append("<<<'").append(label).append("'\n").append(s.value());
                closeLabel(out, s.value().isEmpty(), label);
            }
        }
    }

    static void interpolated(PrinterBase p, Expr.Interpolated s) {
        if (s.kind() == Expr.StringKind.HEREDOC) {
            heredoc(p, () -> parts(p, s.parts(), HEREDOC));
        } else {
            p.out.append('"');
            parts(p, s.parts(), '"');
            p.out.append('"');
        }
    }

    static void shell(PrinterBase p, Expr.ShellExec s) {
        p.out.append('`');
        parts(p, s.parts(), '`');
        p.out.append('`');
    }

    /** The quote argument of {@link #escape} for heredoc bodies, which have no closing quote. */
    private static final char HEREDOC = 0;

    private static void parts(PrinterBase p, List<Expr> parts, char quote) {
        for (Expr part : parts) {
            if (part instanceof Expr.StringLit lit) {
                escape(p.out, lit.value(), quote);
            } else {
                embed(p, part);
            }
        }
    }

    /**
     * An embedded expression, always in the `{$...}` syntax, which needs no lookahead at
     * the text that follows. The exception is `"$a[-1]"`: its offset is a negative integer
     * literal that code syntax can only write as a unary minus, so it stays simple syntax.
     */
    private static void embed(PrinterBase p, Expr e) {
        StringBuilder out = p.out;
        if (e instanceof Expr.Index i && !i.curly() && i.base() instanceof Expr.Variable v
                && i.offset() instanceof Expr.IntLit n && number(n).startsWith("-")) {
            out.append('$').append(v.name()).append('[').append(number(n)).append(']');
            return;
        }
        int at = out.length();
        out.append('{');
        p.expr(e);
        if (out.length() < at + 2 || out.charAt(at + 1) != '$') {
            throw new IllegalArgumentException("cannot interpolate an expression that does not start with a variable: "
                    + out.substring(at));
        }
        out.append('}');
    }

    /**
     * Escapes literal text of an interpolating string. Every `\` and `$` is escaped, so no
     * escape sequence or variable can appear by accident (`{` is then harmless: it only
     * opens an interpolation right before `$`). In a heredoc, CR is escaped as well: a raw
     * CR before the closing newline would make a CRLF, which the lexer drops with the label.
     */
    private static void escape(StringBuilder out, String text, char quote) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' || ch == '$' || ch == quote && quote != HEREDOC) {
                out.append('\\').append(ch);
            } else if (ch == '\r' && quote == HEREDOC) {
                out.append("\\r");
            } else {
                out.append(ch);
            }
        }
    }

    /**
     * Prints the body first, then puts `<<<LABEL` before it, with a label that occurs
     * nowhere in the body (nested heredocs included), so no body line can close it. The
     * closing label starts its line, so PHP 7.3's indentation removal removes nothing.
     */
    private static void heredoc(PrinterBase p, Runnable body) {
        StringBuilder out = p.out;
        int start = out.length();
        body.run();
        String text = out.substring(start);
        String label = label(text);
        out.insert(start, "<<<" + label + "\n");
        closeLabel(out, text.isEmpty(), label);
    }

    /** The newline before the closing label is not part of the string; an empty body has none. */
    private static void closeLabel(StringBuilder out, boolean emptyBody, String label) {
        if (!emptyBody) {
            out.append('\n');
        }
        out.append(label);
    }

    private static String label(String body) {
        String label = "EOT";
        for (int i = 1; body.contains(label); i++) {
            label = "EOT" + i;
        }
        return label;
    }
}
