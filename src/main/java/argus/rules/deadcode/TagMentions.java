package argus.rules.deadcode;

import java.util.HashSet;
import java.util.Set;

/**
 * The variables a docblock tag names: every {@code $name} after {@code @tag} (or its
 * {@code psalm-} / {@code phpstan-} form) on the tag's line. Read once per text, where a
 * regular expression per variable asked about (compiled, then run over a whole function's
 * source) was most of RedundantCondition's time on WordPress.
 */
final class TagMentions {
    private TagMentions() {
    }

    static Set<String> of(String text, String tag) {
        Set<String> names = new HashSet<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int i = at + 1;
            if (text.startsWith("psalm-", i)) {
                i += 6;
            } else if (text.startsWith("phpstan-", i)) {
                i += 8;
            }
            int end = i + tag.length();
            if (!text.startsWith(tag, i) || end < text.length() && isWord(text.charAt(end))) {
                continue;
            }
            int eol = text.indexOf('\n', end);
            if (eol < 0) {
                eol = text.length();
            }
            for (int k = end; k < eol; k++) {
                if (text.charAt(k) == '$') {
                    int e = k + 1;
                    while (e < eol && isWord(text.charAt(e))) {
                        e++;
                    }
                    if (e > k + 1) {
                        names.add(text.substring(k + 1, e));
                    }
                }
            }
        }
        return names;
    }

    /** A word character as a regular expression's {@code \b} sees one. */
    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
