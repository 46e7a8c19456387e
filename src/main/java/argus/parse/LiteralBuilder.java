package argus.parse;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.parse.antlr.PhpLexer;
import argus.parse.antlr.PhpParser.*;
import argus.source.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Numbers and strings: PHP's literal syntax decoded into values (strings keep one char per
 * byte), and interpolated strings split into literal parts and expressions. Heredocs lose
 * the closing label's indentation on every line and their last line break (PHP 7.3 rules).
 */
final class LiteralBuilder {
    private final AstBuilder b;
    private final ExprBuilder exprs;

    LiteralBuilder(AstBuilder b, ExprBuilder exprs) {
        this.b = b;
        this.exprs = exprs;
    }

    Expr number(Token t) {
        Span span = b.span(t);
        String raw = t.getText();
        String s = raw.replace("_", "");
        if (t.getType() != PhpLexer.DNUMBER && t.getType() != PhpLexer.LNUMBER) {
            return new Expr.Error(span);
        }
        if (t.getType() == PhpLexer.DNUMBER) {
            return new Expr.FloatLit(span, Double.parseDouble(s), raw);
        }
        if (s.length() <= 18 && (s.length() == 1 || s.charAt(0) != '0')) {
            // The common case, a short decimal, without BigInteger.
            return new Expr.IntLit(span, Long.parseLong(s), raw);
        }
        int radix = 10;
        String digits = s;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("0x")) {
            radix = 16;
            digits = s.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            digits = s.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            digits = s.substring(2);
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            radix = 8;
            digits = s.substring(1);
            if (digits.chars().anyMatch(c -> c == '8' || c == '9')) {
                b.errors.add(span, "invalid numeric literal");
                return new Expr.IntLit(span, 0, raw);
            }
        }
        BigInteger value = new BigInteger(digits, radix);
        // PHP turns integer literals beyond PHP_INT_MAX into floats.
        if (value.bitLength() > 63) {
            return new Expr.FloatLit(span, value.doubleValue(), raw);
        }
        return new Expr.IntLit(span, value.longValue(), raw);
    }

    Expr singleQuoted(Token t) {
        String text = t.getText();
        int open = text.indexOf('\'');
        String body = text.substring(open + 1, text.length() - 1);
        return new Expr.StringLit(b.span(t), unescapeSingle(body), Expr.StringKind.SINGLE_QUOTED);
    }

    static String unescapeSingle(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '\\' || body.charAt(i + 1) == '\'')) {
                out.append(body.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    Expr doubleQuoted(Token t) {
        String text = t.getText();
        int open = text.indexOf('"');
        String body = text.substring(open + 1, text.length() - 1);
        return new Expr.StringLit(b.span(t), Escapes.decode(body, '"', b, t), Expr.StringKind.DOUBLE_QUOTED);
    }

    Expr nowdoc(Token t) {
        String text = t.getText();
        int bodyStart = text.indexOf('\n') + 1;
        int labelLine = lastLineStart(text);
        String label = text.substring(labelLine).trim();
        int indent = text.length() - labelLine - label.length();
        String body = bodyStart >= labelLine ? "" : text.substring(bodyStart, labelLine);
        body = stripFinalBreak(dedent(body, indent, true));
        return new Expr.StringLit(b.span(t), body, Expr.StringKind.NOWDOC);
    }

    private static int lastLineStart(String text) {
        int i = text.length();
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    Expr interpolated(InterpolatedPrimaryContext ctx) {
        List<Expr> parts = parts(ctx.stringPart(), '"', 0);
        return new Expr.Interpolated(b.span(ctx), parts, Expr.StringKind.DOUBLE_QUOTED);
    }

    Expr shell(ShellPrimaryContext ctx) {
        return new Expr.ShellExec(b.span(ctx), parts(ctx.stringPart(), '`', 0));
    }

    Expr heredoc(HeredocPrimaryContext ctx) {
        Span span = b.span(ctx);
        Token end = ctx.HEREDOC_END() == null ? null : ctx.HEREDOC_END().getSymbol();
        int indent = 0;
        if (end != null && end.getType() == PhpLexer.HEREDOC_END) {
            String endText = end.getText();
            while (indent < endText.length() && (endText.charAt(indent) == ' ' || endText.charAt(indent) == '\t')) {
                indent++;
            }
        }
        List<Expr> parts = parts(ctx.stringPart(), (char) 0, indent);
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Expr.StringLit last) {
            String text = stripFinalBreak(last.value());
            parts.set(parts.size() - 1, new Expr.StringLit(last.span(), text, Expr.StringKind.HEREDOC));
            if (text.isEmpty()) {
                parts.remove(parts.size() - 1);
            }
        }
        if (parts.isEmpty()) {
            return new Expr.StringLit(span, "", Expr.StringKind.HEREDOC);
        }
        if (parts.size() == 1 && parts.get(0) instanceof Expr.StringLit only) {
            return new Expr.StringLit(span, only.value(), Expr.StringKind.HEREDOC);
        }
        return new Expr.Interpolated(span, parts, Expr.StringKind.HEREDOC);
    }

    private static String stripFinalBreak(String s) {
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("\n") || s.endsWith("\r")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Removes up to {@code indent} blanks at each line start; {@code atLineStart} for the first char. */
    static String dedent(String raw, int indent, boolean atLineStart) {
        if (indent == 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean lineStart = atLineStart;
        int i = 0;
        while (i < raw.length()) {
            if (lineStart) {
                int removed = 0;
                while (removed < indent && i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
                    i++;
                    removed++;
                }
                lineStart = false;
                continue;
            }
            char c = raw.charAt(i++);
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }

    /**
     * Literal runs become one {@link Expr.StringLit} each (escapes decoded per quote: '"'
     * for "...", '`' for shell, 0 for heredoc); `$a`, `$a->b`, `$a[k]`, `${...}` and `{$...}`
     * become expressions.
     */
    private List<Expr> parts(List<StringPartContext> list, char quote, int indent) {
        List<Expr> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Token textStart = null;
        Token textEnd = null;
        for (int i = 0; i < list.size(); i++) {
            StringPartContext part = list.get(i);
            Token t = part.getStart();
            if (part.DQ_TEXT() != null || part.DQ_LITERAL() != null) {
                String raw = t.getText();
                if (indent > 0) {
                    raw = dedent(raw, indent, isLineStart(t));
                }
                text.append(part.DQ_TEXT() != null ? Escapes.decode(raw, quote, b, t) : raw);
                if (textStart == null) {
                    textStart = t;
                }
                textEnd = t;
                continue;
            }
            if (textStart != null) {
                out.add(new Expr.StringLit(b.between(textStart, textEnd), text.toString(), kindOf(quote)));
                text.setLength(0);
                textStart = null;
            }
            out.add(embedded(part));
        }
        if (textStart != null) {
            out.add(new Expr.StringLit(b.between(textStart, textEnd), text.toString(), kindOf(quote)));
        }
        return out;
    }

    private boolean isLineStart(Token t) {
        int at = t.getStartIndex();
        return at == 0 || b.source.bytes()[at - 1] == '\n';
    }

    private static Expr.StringKind kindOf(char quote) {
        return quote == 0 ? Expr.StringKind.HEREDOC : Expr.StringKind.DOUBLE_QUOTED;
    }

    private Expr embedded(StringPartContext part) {
        Token t = part.getStart();
        String text = t.getText();
        if (part.DQ_VAR() != null) {
            return new Expr.Variable(b.span(t), text.substring(1));
        }
        if (part.DQ_VAR_PROP() != null) {
            int arrow = text.indexOf("->");
            boolean nullsafe = text.charAt(arrow - 1) == '?';
            int varEnd = nullsafe ? arrow - 1 : arrow;
            Expr object = new Expr.Variable(b.within(t, 0, varEnd), text.substring(1, varEnd));
            Identifier name = new Identifier(b.within(t, arrow + 2, text.length()), text.substring(arrow + 2));
            return new Expr.PropertyFetch(b.span(t), object, name, nullsafe);
        }
        if (part.DQ_VAR_OFFSET() != null) {
            Expr base = new Expr.Variable(b.within(t, 0, text.length() - 1), text.substring(1, text.length() - 1));
            Token end = part.OFFSET_END() == null ? part.getStop() : part.OFFSET_END().getSymbol();
            return new Expr.Index(b.between(t, end), base, offsetKey(part.offsetKey()), false);
        }
        Expr inner = exprs.expr(part.expr());
        Span span = b.span(part);
        if (part.DQ_DOLLAR_CURLY() != null) {
            // "${name}" is the variable $name; "${name[k]}" indexes it; anything else is a variable variable.
            if (inner instanceof Expr.ConstFetch c && c.name().kind() == argus.ast.Name.Kind.UNQUALIFIED) {
                return new Expr.Variable(span, c.name().text());
            }
            if (inner instanceof Expr.Index i && i.base() instanceof Expr.ConstFetch c
                    && c.name().kind() == argus.ast.Name.Kind.UNQUALIFIED) {
                return new Expr.Index(span, new Expr.Variable(c.span(), c.name().text()), i.offset(), i.curly());
            }
            return new Expr.VariableVariable(span, inner);
        }
        return inner;
    }

    private Expr offsetKey(OffsetKeyContext key) {
        if (key == null) {
            return new Expr.Error(Span.NONE);
        }
        Token t = key.getStart();
        String text = t.getText();
        Span span = b.span(t);
        if (key.OFFSET_VAR() != null) {
            return new Expr.Variable(span, text.substring(1));
        }
        if (key.OFFSET_NUMBER() != null && text.matches("-?(0|[1-9][0-9]{0,17})") && !text.equals("-0")) {
            return new Expr.IntLit(span, Long.parseLong(text), text);
        }
        return new Expr.StringLit(span, text, Expr.StringKind.SINGLE_QUOTED);
    }
}
