package argus.parse;

import org.antlr.v4.runtime.Token;

/** PHP's escape sequences in double-quoted strings, heredocs and shell commands. */
final class Escapes {
    private Escapes() {
    }

    /**
     * Decodes {@code raw}; {@code quote} is the delimiter that a backslash may escape ('"',
     * '`', or 0 for heredoc). Unknown escapes keep their backslash, as in PHP.
     */
    static String decode(String raw, char quote, AstBuilder b, Token at) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                continue;
            }
            char e = raw.charAt(i + 1);
            switch (e) {
                case 'n' -> { out.append('\n'); i++; }
                case 't' -> { out.append('\t'); i++; }
                case 'r' -> { out.append('\r'); i++; }
                case 'v' -> { out.append('\u000B'); i++; }
                case 'e' -> { out.append('\u001B'); i++; }
                case 'f' -> { out.append('\f'); i++; }
                case '\\', '$' -> { out.append(e); i++; }
                case 'x', 'X' -> {
                    int j = i + 2;
                    while (j < n && j < i + 4 && Character.digit(raw.charAt(j), 16) >= 0) {
                        j++;
                    }
                    if (j == i + 2) {
                        out.append(c);
                    } else {
                        out.append((char) Integer.parseInt(raw.substring(i + 2, j), 16));
                        i = j - 1;
                    }
                }
                case 'u' -> i = unicode(raw, i, out, b, at);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int j = i + 1;
                        while (j < n && j < i + 4 && raw.charAt(j) >= '0' && raw.charAt(j) <= '7') {
                            j++;
                        }
                        out.append((char) (Integer.parseInt(raw.substring(i + 1, j), 8) & 0xFF));
                        i = j - 1;
                    } else if (quote != 0 && e == quote) {
                        out.append(e);
                        i++;
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The `u{1F600}` escape (after a backslash): the code point's UTF-8 bytes, one char each. Returns the index of the last char used. */
    private static int unicode(String raw, int i, StringBuilder out, AstBuilder b, Token at) {
        if (i + 2 >= raw.length() || raw.charAt(i + 2) != '{') {
            out.append('\\');
            return i;
        }
        int close = raw.indexOf('}', i + 3);
        String hex = close < 0 ? "" : raw.substring(i + 3, close);
        if (hex.isEmpty() || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0) || hex.length() > 8
                || Long.parseLong(hex, 16) > 0x10FFFF) {
            b.errors.at(at, "invalid UTF-8 codepoint escape sequence");
            out.append('\\');
            return i;
        }
        int cp = Integer.parseInt(hex, 16);
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte x : utf8) {
            out.append((char) (x & 0xFF));
        }
        return close;
    }
}
