package argus.parse;

import argus.parse.antlr.PhpLexer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-written recognisers for the tokens of PHP code (whitespace, names, keywords,
 * variables, comments, numbers, strings without interpolation, operators), used by
 * {@link PhpLexerBase} before ANTLR's lexer simulation, which costs a third of parse time
 * when it handles every byte. Each recogniser yields exactly the token the grammar's rule
 * would (`LexerEquivalenceTest` compares whole token streams on real code); anything it is
 * not sure of (casts, strings with interpolation, heredocs, the close tag, keywords with
 * predicates or actions) is left to ANTLR by returning {@link #FALLBACK}. Braces are
 * recognised here; {@link PhpLexerBase} runs their mode actions.
 */
final class FastScan {
    static final int FALLBACK = -1;

    private static final int TABLE_SIZE = 512;
    private static final int MAX_KEYWORD = 15;
    /** Keywords in lower case by hash slot, with their token types (FALLBACK: ANTLR decides). */
    private static final byte[][] KEYWORD_BYTES = new byte[TABLE_SIZE][];
    private static final int[] KEYWORD_TYPES = new int[TABLE_SIZE];

    static {
        keywords().forEach((word, type) -> {
            int h = 0;
            for (int i = 0; i < word.length(); i++) {
                h = h * 31 + word.charAt(i);
            }
            int slot = slot(h);
            while (KEYWORD_BYTES[slot] != null) {
                slot = (slot + 1) & (TABLE_SIZE - 1);
            }
            KEYWORD_BYTES[slot] = word.getBytes(StandardCharsets.ISO_8859_1);
            KEYWORD_TYPES[slot] = type;
        });
    }

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
        if (map.keySet().stream().anyMatch(w -> w.length() > MAX_KEYWORD)) {
            throw new IllegalStateException("a keyword is longer than " + MAX_KEYWORD);
        }
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
            if (next == '\\') {
                return qualifiedName(b, p, q, false, end);
            }
            // `b'...'`, `b"..."` and `b<<<` are strings.
            if (next == '\'' || next == '"' || next == '<' && q - p == 1) {
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
                return FastPunctuation.orAssign(b, p, PhpLexer.SLASH, PhpLexer.DIV_ASSIGN, end);
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
            case '\\':
                return isNameStart(at(b, p + 1)) ? qualifiedName(b, p, p, true, end) : FALLBACK;
            case '"':
                return doubleQuoted(b, p, end);
            default:
                if (c >= '0' && c <= '9') {
                    return decimal(b, p, end);
                }
                return FastPunctuation.scan(b, p, c, end);
        }
    }

    /**
     * A namespaced name from {@code p}, {@code q} being at its first `\\`: `Foo\\Bar` and
     * `\\Foo` (QUALIFIED_NAME) or, when a `\\` ends it, the prefix of a group use, `Foo\\{`
     * (NAME_PREFIX), whichever is longer, as ANTLR chooses.
     */
    private static int qualifiedName(byte[] b, int p, int q, boolean leadingSlash, int[] end) {
        int n = b.length;
        boolean segmentAfterSlash = leadingSlash;
        while (q < n && b[q] == '\\') {
            if (!isNameStart(at(b, q + 1))) {
                if (q == p) {
                    return FALLBACK;
                }
                end[0] = q + 1;
                return PhpLexer.NAME_PREFIX;
            }
            q += 2;
            while (q < n && isNameChar(b[q] & 0xFF)) {
                q++;
            }
            segmentAfterSlash = true;
        }
        if (!segmentAfterSlash) {
            return FALLBACK;
        }
        end[0] = q;
        return PhpLexer.QUALIFIED_NAME;
    }

    /**
     * A decimal integer (`123`, `1_000`). Anything that may continue into another number
     * form (`1.5`, `1e3`, `0x1F`, `1_`) is left to ANTLR.
     */
    private static int decimal(byte[] b, int p, int[] end) {
        int n = b.length;
        int q = p + 1;
        while (q < n) {
            if (b[q] >= '0' && b[q] <= '9') {
                q++;
            } else if (b[q] == '_' && q + 1 < n && b[q + 1] >= '0' && b[q + 1] <= '9') {
                q += 2;
            } else {
                break;
            }
        }
        int next = at(b, q);
        if (next == '.' || isNameChar(next)) {
            return FALLBACK;
        }
        end[0] = q;
        return PhpLexer.LNUMBER;
    }

    /**
     * A double-quoted string without interpolation (DQ_STRING). A `$` before a name start or
     * `{` begins interpolation, which ANTLR handles in its DQ mode.
     */
    private static int doubleQuoted(byte[] b, int p, int[] end) {
        int n = b.length;
        int q = p + 1;
        while (q < n) {
            int c = b[q] & 0xFF;
            if (c == '"') {
                end[0] = q + 1;
                return PhpLexer.DQ_STRING;
            }
            if (c == '\\') {
                q += 2;
            } else if (c == '$') {
                while (q < n && b[q] == '$') {
                    q++;
                }
                int next = at(b, q);
                if (next == '{' || isNameStart(next)) {
                    return FALLBACK;
                }
                if (next == '\\') {
                    q += 2;
                } else if (next != '"') {
                    q++;
                }
            } else {
                q++;
            }
        }
        return FALLBACK;
    }

    /** The byte at {@code i}, or -1 past the end. */
    private static int at(byte[] b, int i) {
        return i < b.length ? b[i] & 0xFF : -1;
    }

    /**
     * NAME or the keyword the word spells, in any case. An open-addressing table over the
     * lower-cased bytes: names are a third of all tokens, and a String per lookup showed up
     * in profiles.
     */
    private static int nameType(byte[] b, int p, int q) {
        if (q - p > MAX_KEYWORD) {
            return PhpLexer.NAME;
        }
        int h = 0;
        for (int i = p; i < q; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x80) {
                return PhpLexer.NAME;
            }
            h = h * 31 + lower(c);
        }
        for (int slot = slot(h); KEYWORD_BYTES[slot] != null; slot = (slot + 1) & (TABLE_SIZE - 1)) {
            if (sameWord(KEYWORD_BYTES[slot], b, p, q)) {
                return KEYWORD_TYPES[slot];
            }
        }
        return PhpLexer.NAME;
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static int slot(int hash) {
        return (hash ^ hash >>> 11) & (TABLE_SIZE - 1);
    }

    private static boolean sameWord(byte[] keyword, byte[] b, int p, int q) {
        if (keyword.length != q - p) {
            return false;
        }
        for (int i = 0; i < keyword.length; i++) {
            if (keyword[i] != lower(b[p + i] & 0xFF)) {
                return false;
            }
        }
        return true;
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
