package argus.parse;

import argus.parse.antlr.PhpLexer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-written recognisers for the commonest tokens of PHP code (whitespace, names,
 * keywords, variables, comments, single-quoted strings, simple punctuation), used by
 * {@link PhpLexerBase} before ANTLR's lexer simulation, which costs a third of parse time
 * when it handles every byte. Each recogniser yields exactly the token the grammar's rule
 * would (`LexerEquivalenceTest` compares whole token streams on real code); anything it is
 * not sure of (casts, strings with interpolation, braces, operators that extend, keywords
 * with predicates or actions) is left to ANTLR by returning {@link #FALLBACK}.
 */
final class FastScan {
    static final int FALLBACK = -1;
    /** Whitespace: the grammar skips it. */
    static final int SKIP = -2;

    private static final Map<String, Integer> KEYWORDS = keywords();

    private FastScan() {
    }

    private static Map<String, Integer> keywords() {
        Map<String, Integer> map = new HashMap<>();
        var vocabulary = PhpLexer.VOCABULARY;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String name = vocabulary.getSymbolicName(type);
            if (name == null) {
                continue;
            }
            switch (name) {
                // Rules with predicates, actions or more than one word: ANTLR decides.
                case "ENUM", "YIELD", "YIELD_FROM", "HALT_COMPILER", "EXIT", "PRIVATE_SET", "PROTECTED_SET",
                     "PUBLIC_SET" -> { }
                default -> {
                    if (type >= PhpLexer.ABSTRACT && type <= PhpLexer.YIELD) {
                        map.put(name.toLowerCase(Locale.ROOT), type);
                    }
                }
            }
        }
        map.put("exit", PhpLexer.EXIT);
        map.put("die", PhpLexer.EXIT);
        map.put("enum", FALLBACK);
        map.put("yield", FALLBACK);
        map.put("__halt_compiler", FALLBACK);
        return map;
    }

    static boolean isNameChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x7F;
    }

    static boolean isNameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x7F;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The end offset of the whitespace run at {@code p}, or p when there is none. */
    static int whitespaceEnd(byte[] b, int p) {
        while (p < b.length && isSpace(b[p])) {
            p++;
        }
        return p;
    }

    /**
     * Recognises the token at {@code p}: returns its type and stores its end offset in
     * {@code end[0]}, or returns FALLBACK.
     */
    static int scan(byte[] b, int p, int[] end) {
        int n = b.length;
        int c = b[p] & 0xFF;
        if (isNameStart(c)) {
            int q = p + 1;
            while (q < n && isNameChar(b[q] & 0xFF)) {
                q++;
            }
            int next = q < n ? b[q] & 0xFF : -1;
            // Namespaced names and `b'...'` strings are longer tokens.
            if (next == '\\' || next == '\'' || next == '"' || next == '<' && q - p == 1) {
                return FALLBACK;
            }
            int type = nameType(b, p, q);
            // `private(set)` and its kin are single tokens.
            if (next == '(' && (type == PhpLexer.PUBLIC || type == PhpLexer.PROTECTED || type == PhpLexer.PRIVATE)) {
                return FALLBACK;
            }
            end[0] = q;
            return type;
        }
        switch (c) {
            case '$': {
                if (p + 1 < n && isNameStart(b[p + 1] & 0xFF)) {
                    int q = p + 2;
                    while (q < n && isNameChar(b[q] & 0xFF)) {
                        q++;
                    }
                    end[0] = q;
                    return PhpLexer.VARIABLE;
                }
                return FALLBACK;
            }
            case '/': {
                if (p + 1 < n && b[p + 1] == '/') {
                    end[0] = lineCommentEnd(b, p + 2);
                    return PhpLexer.LINE_COMMENT;
                }
                if (p + 1 < n && b[p + 1] == '*') {
                    return blockComment(b, p, end);
                }
                return FALLBACK;
            }
            case '#': {
                if (p + 1 < n && b[p + 1] == '[') {
                    return FALLBACK;
                }
                end[0] = lineCommentEnd(b, p + 1);
                return PhpLexer.LINE_COMMENT;
            }
            case '\'': {
                int q = p + 1;
                while (q < n && b[q] != '\'') {
                    q += b[q] == '\\' ? 2 : 1;
                }
                if (q >= n) {
                    return FALLBACK;
                }
                end[0] = q + 1;
                return PhpLexer.SQ_STRING;
            }
            case ';': end[0] = p + 1; return PhpLexer.SEMI;
            case ',': end[0] = p + 1; return PhpLexer.COMMA;
            case ')': end[0] = p + 1; return PhpLexer.RPAREN;
            case '[': end[0] = p + 1; return PhpLexer.LBRACKET;
            case ']': end[0] = p + 1; return PhpLexer.RBRACKET;
            case '(': {
                // `(int)` and friends are cast tokens: leave any `(` before a letter to ANTLR.
                int q = p + 1;
                while (q < n && (b[q] == ' ' || b[q] == '\t')) {
                    q++;
                }
                if (q < n && isNameStart(b[q] & 0xFF)) {
                    return FALLBACK;
                }
                end[0] = p + 1;
                return PhpLexer.LPAREN;
            }
            case '-':
                return pair(b, p, '>', PhpLexer.ARROW, end);
            case ':':
                return pair(b, p, ':', PhpLexer.DOUBLE_COLON, end);
            case '=': {
                int next = p + 1 < n ? b[p + 1] : -1;
                if (next == '>') {
                    end[0] = p + 2;
                    return PhpLexer.DOUBLE_ARROW;
                }
                if (next == '=') {
                    return FALLBACK;
                }
                end[0] = p + 1;
                return PhpLexer.ASSIGN;
            }
            default:
                return FALLBACK;
        }
    }

    /** Two-char tokens that no longer token extends (`->`, `::`). */
    private static int pair(byte[] b, int p, char second, int type, int[] end) {
        if (p + 1 < b.length && b[p + 1] == second) {
            end[0] = p + 2;
            return type;
        }
        return FALLBACK;
    }

    private static int nameType(byte[] b, int p, int q) {
        if (q - p > 15) {
            return PhpLexer.NAME;
        }
        char[] lower = new char[q - p];
        for (int i = p; i < q; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x80) {
                return PhpLexer.NAME;
            }
            lower[i - p] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        Integer type = KEYWORDS.get(new String(lower));
        return type == null ? PhpLexer.NAME : type;
    }

    /** A line comment ends before the line break or before `?>`. */
    private static int lineCommentEnd(byte[] b, int q) {
        int n = b.length;
        while (q < n) {
            byte c = b[q];
            if (c == '\n' || c == '\r' || c == '?' && q + 1 < n && b[q + 1] == '>') {
                break;
            }
            q++;
        }
        return q;
    }

    /** `/* ... *&#47;`; a doc comment needs whitespace after `/**`, as in PHP. */
    private static int blockComment(byte[] b, int p, int[] end) {
        int n = b.length;
        int q = p + 2;
        while (q + 1 < n && !(b[q] == '*' && b[q + 1] == '/')) {
            q++;
        }
        end[0] = q + 1 < n ? q + 2 : n;
        // With a blank after `/**` no `*/` can start before p + 4, so both rules end at the
        // same place and DOC_COMMENT, listed first, wins.
        boolean doc = p + 3 < n && b[p + 2] == '*' && isSpace(b[p + 3]);
        return doc ? PhpLexer.DOC_COMMENT : PhpLexer.BLOCK_COMMENT;
    }
}
