package argus.rules.types;

import argus.rules.Scope;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a file tests for a symbol before using it: `function_exists('x')`, `class_exists`,
 * `interface_exists`, `method_exists($o, 'm')`, `property_exists`, `defined('X')`,
 * `is_callable(...)`. Such a use runs only where the symbol exists, so it is not reported.
 * The whole file counts as guarded, wherever the test stands: the test and the use are
 * seldom far apart, and being wrong that way costs a missed finding, not a false one.
 * Read from the text, and only when a rule is about to report, which is rare.
 */
final class Guards {
    private static final Pattern GUARD = Pattern.compile(
            "\\b(?:function_exists|class_exists|interface_exists|trait_exists|enum_exists|method_exists"
                    + "|property_exists|defined|is_callable|is_a|is_subclass_of)\\s*\\(([^;{]{0,300})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("['\"]\\\\{0,2}([A-Za-z_\\\\][A-Za-z0-9_\\\\]*)(?:::([A-Za-z_][A-Za-z0-9_]*))?['\"]");

    private static final Pattern CLASS_REF = Pattern.compile("([A-Za-z_\\\\][A-Za-z0-9_\\\\]*)::class", Pattern.CASE_INSENSITIVE);

    private Guards() {
    }

    /** Whether {@code name} (a function, class, method, property or constant name; case ignored) is tested in the file. */
    static boolean guarded(Scope scope, String name) {
        String text = new String(scope.source().bytes(), StandardCharsets.ISO_8859_1);
        String wanted = strip(name).toLowerCase(Locale.ROOT);
        String last = wanted.substring(wanted.lastIndexOf('\\') + 1);
        Matcher m = GUARD.matcher(text);
        while (m.find()) {
            Matcher c = CLASS_REF.matcher(m.group(1));
            while (c.find()) {
                String found = strip(c.group(1)).toLowerCase(Locale.ROOT);
                String foundLast = found.substring(found.lastIndexOf('\\') + 1);
                if (found.equals(wanted) || foundLast.equals(last)) {
                    return true;
                }
            }
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) {
                String found = strip(q.group(1)).replace("\\\\", "\\").toLowerCase(Locale.ROOT);
                if (found.equals(wanted) || found.equals(last) || ownedBy(wanted, found) || q.group(2) != null
                        && q.group(2).toLowerCase(Locale.ROOT).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A plugin's classes share its prefix: a file that tests class_exists('Jetpack') uses
     * Jetpack_IXR_Client only when Jetpack is there.
     */
    private static boolean ownedBy(String wanted, String guard) {
        return guard.length() >= 4 && wanted.length() > guard.length() && wanted.startsWith(guard)
                && (wanted.charAt(guard.length()) == '_' || wanted.charAt(guard.length()) == '\\');
    }

    private static String strip(String name) {
        String n = name;
        while (n.startsWith("\\")) {
            n = n.substring(1);
        }
        return n;
    }
}
