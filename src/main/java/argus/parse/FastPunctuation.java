package argus.parse;

import argus.parse.antlr.PhpLexer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The operators and punctuation of {@link FastScan}: the longest token at a position, as
 * ANTLR's lexer picks it, or {@link FastScan#FALLBACK} where another rule may start (a cast
 * after `(`, a number after `.`, a heredoc after `<<<`, the close tag `?>`).
 */
final class FastPunctuation {
    private static final Set<String> CAST_WORDS = Set.of("int", "integer", "float", "double", "real", "string",
            "binary", "bool", "boolean", "array", "object", "unset", "void");
    private static final int FALLBACK = FastScan.FALLBACK;

    private FastPunctuation() {
    }

    /** The type of the token starting with char {@code c} at {@code p}; its end goes to {@code end[0]}. */
    static int scan(byte[] b, int p, int c, int[] end) {
        switch (c) {
            case ';': end[0] = p + 1; return PhpLexer.SEMI;
            case ',': end[0] = p + 1; return PhpLexer.COMMA;
            case ')': end[0] = p + 1; return PhpLexer.RPAREN;
            case '[': end[0] = p + 1; return PhpLexer.LBRACKET;
            case ']': end[0] = p + 1; return PhpLexer.RBRACKET;
            case '{': end[0] = p + 1; return PhpLexer.LBRACE;
            case '}': end[0] = p + 1; return PhpLexer.RBRACE;
            case '~': end[0] = p + 1; return PhpLexer.TILDE;
            case '@': end[0] = p + 1; return PhpLexer.AT;
            case '(': {
                if (isCast(b, p + 1)) {
                    return FALLBACK;
                }
                end[0] = p + 1;
                return PhpLexer.LPAREN;
            }
            case '.': {
                int next = at(b, p + 1);
                if (next >= '0' && next <= '9') {
                    return FALLBACK;  // .5
                }
                if (next == '.' && at(b, p + 2) == '.') {
                    end[0] = p + 3;
                    return PhpLexer.ELLIPSIS;
                }
                return orAssign(b, p, PhpLexer.DOT, PhpLexer.CONCAT_ASSIGN, end);
            }
            case '-': {
                int next = at(b, p + 1);
                if (next == '>') {
                    end[0] = p + 2;
                    return PhpLexer.ARROW;
                }
                if (next == '-') {
                    end[0] = p + 2;
                    return PhpLexer.DEC;
                }
                return orAssign(b, p, PhpLexer.MINUS, PhpLexer.MINUS_ASSIGN, end);
            }
            case '+': {
                if (at(b, p + 1) == '+') {
                    end[0] = p + 2;
                    return PhpLexer.INC;
                }
                return orAssign(b, p, PhpLexer.PLUS, PhpLexer.PLUS_ASSIGN, end);
            }
            case '*': {
                if (at(b, p + 1) == '*') {
                    return orAssign(b, p + 1, PhpLexer.POW, PhpLexer.POW_ASSIGN, end);
                }
                return orAssign(b, p, PhpLexer.STAR, PhpLexer.MUL_ASSIGN, end);
            }
            case '%':
                return orAssign(b, p, PhpLexer.PERCENT, PhpLexer.MOD_ASSIGN, end);
            case '^':
                return orAssign(b, p, PhpLexer.CARET, PhpLexer.XOR_ASSIGN, end);
            case '&': {
                if (at(b, p + 1) == '&') {
                    end[0] = p + 2;
                    return PhpLexer.BOOLEAN_AND;
                }
                return orAssign(b, p, PhpLexer.AMP, PhpLexer.AND_ASSIGN, end);
            }
            case '|': {
                int next = at(b, p + 1);
                if (next == '|' || next == '>') {
                    end[0] = p + 2;
                    return next == '|' ? PhpLexer.BOOLEAN_OR : PhpLexer.PIPE;
                }
                return orAssign(b, p, PhpLexer.BAR, PhpLexer.OR_ASSIGN, end);
            }
            case '!': {
                if (at(b, p + 1) != '=') {
                    end[0] = p + 1;
                    return PhpLexer.BANG;
                }
                return orAssign(b, p + 1, PhpLexer.NOT_EQUAL, PhpLexer.NOT_IDENTICAL, end);
            }
            case '=': {
                int next = at(b, p + 1);
                if (next == '>') {
                    end[0] = p + 2;
                    return PhpLexer.DOUBLE_ARROW;
                }
                if (next == '=') {
                    return orAssign(b, p + 1, PhpLexer.EQUAL, PhpLexer.IDENTICAL, end);
                }
                end[0] = p + 1;
                return PhpLexer.ASSIGN;
            }
            case '<': {
                int next = at(b, p + 1);
                if (next == '<') {
                    if (at(b, p + 2) == '<') {
                        return FALLBACK;  // heredoc or nowdoc
                    }
                    return orAssign(b, p + 1, PhpLexer.SL, PhpLexer.SL_ASSIGN, end);
                }
                if (next == '>') {
                    end[0] = p + 2;
                    return PhpLexer.NOT_EQUAL;
                }
                if (next == '=') {
                    boolean spaceship = at(b, p + 2) == '>';
                    end[0] = p + (spaceship ? 3 : 2);
                    return spaceship ? PhpLexer.SPACESHIP : PhpLexer.LE;
                }
                end[0] = p + 1;
                return PhpLexer.LT;
            }
            case '>': {
                if (at(b, p + 1) == '>') {
                    return orAssign(b, p + 1, PhpLexer.SR, PhpLexer.SR_ASSIGN, end);
                }
                return orAssign(b, p, PhpLexer.GT, PhpLexer.GE, end);
            }
            case '?': {
                int next = at(b, p + 1);
                if (next == '>') {
                    return FALLBACK;  // the close tag switches modes
                }
                if (next == '?') {
                    return orAssign(b, p + 1, PhpLexer.COALESCE, PhpLexer.COALESCE_ASSIGN, end);
                }
                if (next == '-' && at(b, p + 2) == '>') {
                    end[0] = p + 3;
                    return PhpLexer.NULLSAFE_ARROW;
                }
                end[0] = p + 1;
                return PhpLexer.QUESTION;
            }
            case ':': {
                boolean pair = at(b, p + 1) == ':';
                end[0] = p + (pair ? 2 : 1);
                return pair ? PhpLexer.DOUBLE_COLON : PhpLexer.COLON;
            }
            default:
                return FALLBACK;
        }
    }

    /** The byte at {@code i}, or -1 past the end. */
    static int at(byte[] b, int i) {
        return i < b.length ? b[i] & 0xFF : -1;
    }

    /** The token at {@code last} alone, or the longer one when `=` follows it. */
    static int orAssign(byte[] b, int last, int plain, int withAssign, int[] end) {
        boolean assign = at(b, last + 1) == '=';
        end[0] = last + (assign ? 2 : 1);
        return assign ? withAssign : plain;
    }

    /** Whether `(` followed by the bytes from {@code q} is a cast such as `( int )`. */
    private static boolean isCast(byte[] b, int q) {
        int n = b.length;
        while (q < n && (b[q] == ' ' || b[q] == '\t')) {
            q++;
        }
        int start = q;
        while (q < n && (b[q] >= 'a' && b[q] <= 'z' || b[q] >= 'A' && b[q] <= 'Z')) {
            q++;
        }
        if (q == start || q - start > 7) {
            return false;
        }
        int wordEnd = q;
        while (q < n && (b[q] == ' ' || b[q] == '\t')) {
            q++;
        }
        if (q >= n || b[q] != ')') {
            return false;
        }
        return CAST_WORDS.contains(new String(b, start, wordEnd - start, StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT));
    }
}
