package argus.rules.compat;

import argus.source.SourceFile;
import argus.source.Span;

/**
 * Narrow spans for compatibility findings. The AST gives whole nodes; a finding reads better on
 * the token that needs the newer PHP (`fn`, `?->`, `??=`), and lands on the line where that
 * token is written, which a multi-line node's start may not be.
 */
final class Locate {
    private Locate() {
    }

    /**
     * The first occurrence of {@code token} in [from, to) of the source, outside comments, and
     * outside names and variables when the token is a word; null when absent. Meant for the gaps
     * between a node's children and for a node's first keyword, where no string literal sits. {@code base} is a span starting at
     * or before {@code from}, whose line and column the result is counted from.
     */
    static Span token(SourceFile source, Span base, int from, int to, String token) {
        byte[] b = source.bytes();
        boolean word = Character.isLetter(token.charAt(0));
        for (int i = Math.max(from, base.start()); i + token.length() <= Math.min(to, b.length); i++) {
            i = skipComment(b, i, Math.min(to, b.length));
            if (i + token.length() <= Math.min(to, b.length) && matches(b, i, token) && (!word || !nameByte(b, i - 1) && !nameByte(b, i + token.length()))) {
                return at(source, base, i, token.length());
            }
        }
        return null;
    }

    /** {@link #token}, or {@code fallback} when the token is not found. */
    static Span tokenOr(SourceFile source, Span within, String token, Span fallback) {
        Span s = token(source, within, within.start(), within.end(), token);
        return s == null ? fallback : s;
    }

    /** Like {@link #tokenOr}, for the last occurrence in the span. */
    static Span lastTokenOr(SourceFile source, Span within, String token, Span fallback) {
        for (int from = within.end() - token.length(); from >= within.start(); from--) {
            Span s = token(source, within, from, from + token.length(), token);
            if (s != null) {
                return s;
            }
        }
        return fallback;
    }

    /** The span [offset, offset + length), which must not cross a line end, counted from {@code base}. */
    static Span at(SourceFile source, Span base, int offset, int length) {
        byte[] b = source.bytes();
        int line = base.line();
        int column = base.column();
        for (int i = base.start(); i < offset; i++) {
            if (b[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Span(offset, offset + length, line, column, line, column + length);
    }

    /** The first offset at or after {@code i} that is not inside a comment starting at {@code i}. */
    private static int skipComment(byte[] b, int i, int to) {
        while (i + 1 < to) {
            boolean line = b[i] == '/' && b[i + 1] == '/' || b[i] == '#' && b[i + 1] != '[';
            if (line) {
                while (i < to && b[i] != '\n') {
                    i++;
                }
            } else if (b[i] == '/' && b[i + 1] == '*') {
                i += 2;
                while (i + 1 < to && !(b[i] == '*' && b[i + 1] == '/')) {
                    i++;
                }
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean matches(byte[] b, int at, String token) {
        for (int k = 0; k < token.length(); k++) {
            if (Character.toLowerCase((char) (b[at + k] & 0xff)) != Character.toLowerCase(token.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameByte(byte[] b, int i) {
        if (i < 0 || i >= b.length) {
            return false;
        }
        int c = b[i] & 0xff;
        return c == '_' || c == '$' || c == '\\' || c >= 0x80 || Character.isLetterOrDigit(c);
    }
}
