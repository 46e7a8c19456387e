package argus.driver;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An {@code --exclude} pattern, with the gitignore reading users expect rather than
 * {@link java.nio.file.PathMatcher}'s (where {@code **}{@code /tests/**} misses a top-level {@code tests/}):
 * <ul>
 *   <li>a pattern without {@code /} matches a file or folder name at any depth ({@code vendor}, {@code *.tpl.php});</li>
 *   <li>otherwise it matches the whole path relative to the root; {@code **}{@code /} is zero or more folders,
 *       a trailing {@code /**} everything below (and the folder itself, so the walk can skip it);</li>
 *   <li>{@code *} and {@code ?} stay within one name; {@code [abc]}, {@code [!abc]} and {@code {a,b}} as usual.</li>
 * </ul>
 * A pattern that matches a folder excludes everything under it.
 */
public final class Glob {
    private final String source;
    private final Pattern pattern;
    private final boolean nameOnly;

    private Glob(String source, Pattern pattern, boolean nameOnly) {
        this.source = source;
        this.pattern = pattern;
        this.nameOnly = nameOnly;
    }

    public static Glob compile(String glob) {
        String g = glob.replace('\\', '/');
        while (g.startsWith("./")) {
            g = g.substring(2);
        }
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        while (g.endsWith("/") && g.length() > 1) {
            g = g.substring(0, g.length() - 1);
        }
        if (g.isEmpty()) {
            throw new IllegalArgumentException("empty --exclude pattern");
        }
        boolean nameOnly = g.indexOf('/') < 0;
        try {
            return new Glob(glob, Pattern.compile(toRegex(g, glob)), nameOnly);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid --exclude pattern '" + glob + "'");
        }
    }

    /** Whether a path relative to the root ({@code /} separators) is excluded. */
    public boolean matches(String relativePath) {
        if (nameOnly) {
            int slash = relativePath.lastIndexOf('/');
            return pattern.matcher(relativePath.substring(slash + 1)).matches();
        }
        return pattern.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return source;
    }

    private static String toRegex(String g, String original) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean atStart = i == 0 || g.charAt(i - 1) == '/';
                boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                boolean atEnd = i + 2 == g.length();
                if (atStart && slashAfter) {
                    re.append("(?:.*/)?");
                    i += 2;
                } else if (atStart && atEnd && i > 0) {
                    // "dir/**": drop the slash already written, so "dir" itself matches too.
                    re.setLength(re.length() - 1);
                    re.append("(?:/.*)?");
                    i += 1;
                } else {
                    re.append(".*");
                    i += 1;
                }
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                int close = g.indexOf(']', i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("invalid --exclude pattern '" + original + "': unclosed [");
                }
                String body = g.substring(i + 1, close);
                if (body.startsWith("!")) {
                    body = "^" + body.substring(1);
                }
                re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = close;
            } else if (c == '{') {
                braces++;
                re.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                re.append(')');
            } else if (c == ',' && braces > 0) {
                re.append('|');
            } else if (Character.isLetterOrDigit(c) || c == '/') {
                re.append(c);
            } else {
                // A backslash before any non-letter is a literal in java.util.regex.
                re.append('\\').append(c);
            }
        }
        if (braces != 0) {
            throw new IllegalArgumentException("invalid --exclude pattern '" + original + "': unclosed {");
        }
        return re.toString();
    }
}
