package argus.rules.types;

import argus.rules.Scope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** Where in {@code source} an existence test may start (for tests). */
    static int[] guardStarts(byte[] source) {
        return Tested.candidates(source);
    }

    /** Whether {@code name} (a function, class, method, property or constant name; case ignored) is tested in the file. */
    static boolean guarded(Scope scope, String name) {
        Tested tested = scope.fileFact(Tested.class, f -> Tested.of(f.source().bytes()));
        String wanted = strip(name).toLowerCase(Locale.ROOT);
        String last = wanted.substring(wanted.lastIndexOf('\\') + 1);
        for (String found : tested.classRefs) {
            if (found.equals(wanted) || found.substring(found.lastIndexOf('\\') + 1).equals(last)) {
                return true;
            }
        }
        for (String found : tested.quoted) {
            if (found.equals(wanted) || found.equals(last) || ownedBy(wanted, found)) {
                return true;
            }
        }
        return tested.members.contains(wanted);
    }

    /**
     * The names a file's existence tests mention, lower-cased: {@code X::class} operands,
     * quoted names, and the member part of quoted {@code 'Class::member'}. Read once per file:
     * a file with many unknown names (plugin constants, optional classes) asked once per use.
     */
    private record Tested(List<String> classRefs, List<String> quoted, Set<String> members) {
        static Tested of(byte[] source) {
            String text = new String(source, StandardCharsets.ISO_8859_1);
            List<String> classRefs = new ArrayList<>();
            List<String> quoted = new ArrayList<>();
            Set<String> members = new HashSet<>();
            Matcher m = GUARD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int end = 0;
            for (int start : candidates(source)) {
                if (start < end || !m.region(start, text.length()).lookingAt()) {
                    continue;
                }
                end = m.end();
                Matcher c = CLASS_REF.matcher(m.group(1));
                while (c.find()) {
                    classRefs.add(strip(c.group(1)).toLowerCase(Locale.ROOT));
                }
                Matcher q = QUOTED.matcher(m.group(1));
                while (q.find()) {
                    quoted.add(strip(q.group(1)).replace("\\\\", "\\").toLowerCase(Locale.ROOT));
                    if (q.group(2) != null) {
                        members.add(q.group(2).toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new Tested(classRefs, quoted, members);
        }

        /**
         * Where a guard call may start: the word around each "_exists", "defined" or "is_", in
         * order, ignoring ASCII case. The same matches as GUARD.find() over the whole text (every
         * test's name holds one of them, and a match starts at a word), found in one pass over the
         * bytes: a case-insensitive alternation tried at every offset of every file was a tenth of
         * the rules' time on WordPress, and lower-casing each file and searching it once per
         * anchor still cost a rule's worth.
         */
        static int[] candidates(byte[] text) {
            int[] starts = new int[16];
            int n = 0;
            for (int i = 0; i < text.length; i++) {
                int c = lower(text[i]);
                if (!(c == '_' && at(text, i, "_exists") || c == 'd' && at(text, i, "defined") || c == 'i' && at(text, i, "is_"))) {
                    continue;
                }
                int w = i;
                while (w > 0 && isWordChar(lower(text[w - 1]))) {
                    w--;
                }
                // Anchors in one word share its start; a later word starts later, so the starts come in order.
                if (n > 0 && starts[n - 1] == w) {
                    continue;
                }
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = w;
            }
            return java.util.Arrays.copyOf(starts, n);
        }

        private static boolean at(byte[] text, int i, String anchor) {
            if (i + anchor.length() > text.length) {
                return false;
            }
            for (int k = 0; k < anchor.length(); k++) {
                if (lower(text[i + k]) != anchor.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private static int lower(byte b) {
            int c = b & 0xff;
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }

        private static boolean isWordChar(int c) {
            return c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
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
