package argus.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@code entryPoints} entry of argus.json: code that is called from outside the analysed
 * code (a framework, a plugin host, a cron job) and must therefore count as used by the
 * whole-project dead-code rules. Forms, {@code *} matching any run of characters:
 * <ul>
 *   <li>{@code my_function}, {@code App\Kernel}, {@code MY_CONSTANT}: a function, class or global
 *       constant of that name (the kind does not matter);</li>
 *   <li>{@code App\Controller\*}: every function, class or constant the glob matches;</li>
 *   <li>{@code Class::method}, {@code Class::$property}, {@code Class::CONSTANT}, {@code Class::*}:
 *       members; a member named on a class also covers the overrides in its subclasses, since a
 *       framework calling {@code Base::handle()} reaches them all.</li>
 * </ul>
 * Matching ignores case (PHP's rule for classes, functions and methods; for constants and
 * properties a user-written list is better served by leniency than by a silent mismatch).
 *
 * @param owner  the symbol part, lower case, without a leading {@code \}
 * @param member the member part after {@code ::} (lower case, {@code $} dropped), or null
 */
public record EntryPoint(String text, String owner, String member) {
    private static final String SEGMENT = "[A-Za-z_\\x80-\\x{10FFFF}*][A-Za-z0-9_\\x80-\\x{10FFFF}*]*";
    private static final Pattern SYMBOL = Pattern.compile("\\\\?" + SEGMENT + "(\\\\" + SEGMENT + ")*");
    private static final Pattern MEMBER = Pattern.compile("\\$?" + SEGMENT);

    /**
     * @throws IllegalArgumentException with the reason, when the text names no symbol
     */
    public static EntryPoint parse(String text) {
        String t = text.strip();
        int sep = t.indexOf("::");
        String owner = sep < 0 ? t : t.substring(0, sep);
        String member = sep < 0 ? null : t.substring(sep + 2);
        if (!SYMBOL.matcher(owner).matches() || member != null && !MEMBER.matcher(member).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a symbol name: write a function, class or constant"
                    + " name (App\\Kernel), Class::method, Class::$property, Class::CONSTANT or Class::*; * matches any"
                    + " characters");
        }
        String o = (owner.startsWith("\\") ? owner.substring(1) : owner).toLowerCase(Locale.ROOT);
        String m = member == null ? null : (member.startsWith("$") ? member.substring(1) : member).toLowerCase(Locale.ROOT);
        return new EntryPoint(text, o, m);
    }

    /** Whether a function, class or global constant of this fully qualified name is listed. */
    public boolean matchesSymbol(String fqn) {
        return member == null && glob(owner, fqn.toLowerCase(Locale.ROOT));
    }

    /** Whether the member {@code name} of a class of this fully qualified name is listed. */
    public boolean matchesMember(String classFqn, String name) {
        return member != null && glob(owner, classFqn.toLowerCase(Locale.ROOT))
                && glob(member, name.toLowerCase(Locale.ROOT));
    }

    /** Whether the pattern is a plain name (no {@code *}), which allows a direct lookup. */
    public boolean exact() {
        return owner.indexOf('*') < 0 && (member == null || member.indexOf('*') < 0);
    }

    /** {@code *} matches any run of characters, everything else itself. Both sides lower case. */
    static boolean glob(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) != '*' && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
