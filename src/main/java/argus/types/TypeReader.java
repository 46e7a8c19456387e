package argus.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The recursive descent behind {@link TypeParser}; keywords are in {@link PseudoTypes}. */
final class TypeReader {
    /** A syntax error; carries no stack trace, as malformed docblocks are routine. */
    static final class Failure extends RuntimeException {
        final int at;

        Failure(String message, int at) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    private static final int MAX_NESTING = 200;
    static final char EOF = '\uffff';

    final String s;
    int pos;
    final boolean ourNotation;
    /** Template names in scope and their bounds: such a name is a template parameter, not a class. */
    final java.util.Map<String, Type> templates;
    private int nesting;

    TypeReader(String s, int from, boolean ourNotation) {
        this(s, from, ourNotation, java.util.Map.of());
    }

    TypeReader(String s, int from, boolean ourNotation, java.util.Map<String, Type> templates) {
        this.s = s;
        this.pos = from;
        this.ourNotation = ourNotation;
        this.templates = templates;
    }

    Type type() {
        Type t = intersection();
        while (true) {
            int save = pos;
            skipAllWs();
            if (peek() != '|') {
                pos = save;
                return t;
            }
            pos++;
            skipAllWs();
            t = Types.join(t, intersection());
        }
    }

    private Type intersection() {
        Type t = prefix();
        while (true) {
            int save = pos;
            skipAllWs();
            if (peek() != '&' || referenceMarker(pos + 1)) {
                pos = save;
                return t;
            }
            pos++;
            skipAllWs();
            t = Types.meet(t, prefix());
        }
    }

    /** {@code &} before a variable, a variadic or the end of a parameter is by-reference, not an intersection. */
    private boolean referenceMarker(int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        char c = i < s.length() ? s.charAt(i) : EOF;
        return c == '.' || c == '$' || c == '=' || c == ',' || c == ')' || c == EOF;
    }

    Type prefix() {
        if (peek() == '?') {
            pos++;
            skipAllWs();
            return Types.nullable(prefix());
        }
        return postfix();
    }

    Type postfix() {
        Type t = primary();
        while (peek() == '[') {
            pos++;
            skipAllWs();
            if (peek() == ']') {
                pos++;
                t = new Type.ArrayOf(ArrForm.ARRAY_KEY, t, false, false);
            } else {
                type();
                skipAllWs();
                expect(']');
                t = Type.MIXED;
            }
        }
        return t;
    }

    private Type primary() {
        if (++nesting > MAX_NESTING) {
            throw fail("type nested too deeply");
        }
        try {
            char c = peek();
            if (c == '(') {
                return parenthesized();
            }
            if (c == '\'' || c == '"') {
                return new Type.StrLit(string());
            }
            if (c == '-' || c == '+' || isDigit(c) || (c == '.' && isDigit(peekAt(1)))) {
                return number();
            }
            if (c == '$') {
                int at = pos;
                String v = variable();
                if (v.equals("$this")) {
                    return new Type.StaticType(null);
                }
                throw new Failure("unexpected variable " + v, at);
            }
            if (isNameStart(c)) {
                return PseudoTypes.named(this, name());
            }
            throw fail(c == EOF ? "expected a type" : "unexpected '" + c + "'");
        } finally {
            nesting--;
        }
    }

    /** {@code (T)}, or a conditional type {@code ($x is int ? A : B)}, read as {@code A|B}. */
    private Type parenthesized() {
        expect('(');
        skipAllWs();
        boolean subjectIsVariable = peek() == '$' && !s.startsWith("$this", pos);
        Type inner = subjectIsVariable ? null : type();
        if (subjectIsVariable) {
            variable();
        }
        skipAllWs();
        if (wordAhead("is")) {
            pos += 2;
            skipAllWs();
            if (wordAhead("not")) {
                pos += 3;
                skipAllWs();
            }
            type();
            skipAllWs();
            expect('?');
            skipAllWs();
            Type yes = type();
            skipAllWs();
            expect(':');
            skipAllWs();
            Type no = type();
            skipAllWs();
            expect(')');
            return Types.join(yes, no);
        }
        if (inner == null) {
            throw fail("expected 'is' after the variable");
        }
        expect(')');
        return inner;
    }

    /** {@code <A, B>}; variance markers are skipped and {@code *} is mixed. Null when no {@code <} follows. */
    List<Type> optArgs() {
        if (peek() != '<') {
            return null;
        }
        pos++;
        List<Type> args = new ArrayList<>();
        skipAllWs();
        while (true) {
            for (String variance : new String[] {"covariant", "contravariant"}) {
                if (wordAhead(variance)) {
                    pos += variance.length();
                    skipAllWs();
                }
            }
            if (peek() == '*') {
                pos++;
                args.add(Type.MIXED);
            } else {
                args.add(type());
            }
            skipAllWs();
            if (peek() == ',') {
                pos++;
                skipAllWs();
                if (peek() == '>') {
                    pos++;
                    return args;
                }
                continue;
            }
            expect('>');
            return args;
        }
    }

    private Type number() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        boolean negative = s.charAt(start) == '-';
        int radix = 10;
        if (peek() == '0' && "xXbBoO".indexOf(peekAt(1)) >= 0) {
            char r = Character.toLowerCase(peekAt(1));
            radix = r == 'x' ? 16 : r == 'b' ? 2 : 8;
            pos += 2;
        }
        int digits = pos;
        boolean isFloat = false;
        while (Character.digit(peek(), radix) >= 0 || peek() == '_'
                || (radix == 10 && (peek() == '.' || peek() == 'e' || peek() == 'E'))) {
            if (peek() == 'e' || peek() == 'E') {
                if (peekAt(1) == '-' || peekAt(1) == '+') {
                    pos++;
                }
                isFloat = true;
            }
            isFloat |= peek() == '.';
            pos++;
        }
        String text = s.substring(digits, pos).replace("_", "");
        if (text.isEmpty() || text.equals(".")) {
            throw new Failure("expected a number", start);
        }
        if (isFloat) {
            return Type.FLOAT;
        }
        try {
            long v = Long.parseLong((negative ? "-" : "") + text, radix);
            return new Type.IntLit(v);
        } catch (NumberFormatException e) {
            return Type.FLOAT;
        }
    }

    String string() {
        char q = s.charAt(pos);
        int start = pos++;
        StringBuilder b = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == q) {
                return b.toString();
            }
            if (c == '\\' && pos < s.length()) {
                char n = s.charAt(pos);
                if (n == q || n == '\\') {
                    b.append(n);
                    pos++;
                    continue;
                }
                if (q == '"' && "ntr$".indexOf(n) >= 0) {
                    b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : '$');
                    pos++;
                    continue;
                }
            }
            b.append(c);
        }
        throw new Failure("unclosed string", start);
    }

    String name() {
        int start = pos;
        while (pos < s.length() && isNamePart(s.charAt(pos))) {
            pos++;
        }
        return s.substring(start, pos);
    }

    String variable() {
        int start = pos++;
        while (pos < s.length() && isNamePart(s.charAt(pos)) && s.charAt(pos) != '\\' && s.charAt(pos) != '-') {
            pos++;
        }
        return s.substring(start, pos);
    }

    /** {@code word} at the cursor, not followed by more of a name. */
    boolean wordAhead(String word) {
        return s.regionMatches(true, pos, word, 0, word.length()) && !isNamePart(peekAt(word.length()));
    }

    /** {@code " of "} after a template parameter's name, in our own notation only. */
    boolean ofAhead() {
        if (!ourNotation || (peek() != ' ')) {
            return false;
        }
        int save = pos;
        skipAllWs();
        boolean of = wordAhead("of");
        pos = save;
        return of;
    }

    void skipOf() {
        skipAllWs();
        pos += 2;
        skipAllWs();
    }

    boolean consume(String token) {
        if (s.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    void expect(char c) {
        if (peek() != c) {
            throw fail("expected '" + c + "'" + (peek() == EOF ? " before the end" : " but found '" + peek() + "'"));
        }
        pos++;
    }

    void skipAllWs() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    char peek() {
        return peekAt(0);
    }

    char peekAt(int off) {
        int i = pos + off;
        return i < s.length() ? s.charAt(i) : EOF;
    }

    Failure fail(String message) {
        return new Failure(message + " at " + pos, pos);
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '\\' || (c >= 0x80 && c != EOF);
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c) || c == '-';
    }
}
