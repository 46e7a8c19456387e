package argus.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a docblock into tags and reads the ones that carry types. The tag bodies
 * ({@code @param}, {@code @method}, ...) are read by {@link DocblockTags}.
 */
final class DocblockParser {
    private DocblockParser() {
    }

    private static final Pattern TAG = Pattern.compile("@([A-Za-z_][A-Za-z0-9_\\-\\\\:]*)");

    /** A docblock line without its decoration, and its number (from 1). */
    record Line(String text, int number) {
    }

    static Docblock parse(String raw, Map<String, Type> outerTemplates) {
        if (raw == null || raw.isBlank()) {
            return Docblock.EMPTY;
        }
        List<Line> lines = lines(raw);
        StringBuilder description = new StringBuilder();
        List<Docblock.Tag> tags = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !startsTag(lines.get(i).text())) {
            description.append(lines.get(i).text()).append('\n');
            i++;
        }
        while (i < lines.size()) {
            Line first = lines.get(i);
            StringBuilder text = new StringBuilder(first.text().strip());
            int depth = braces(text);
            i++;
            while (i < lines.size()) {
                String next = lines.get(i).text();
                boolean newTag = startsTag(next) && !(depth > 0 && closesLater(lines, i, depth));
                if (newTag) {
                    break;
                }
                text.append('\n').append(next);
                depth += braces(next);
                i++;
            }
            Matcher m = TAG.matcher(text);
            if (m.lookingAt()) {
                tags.add(new Docblock.Tag(m.group(1), text.substring(m.end()).strip(), first.number()));
            }
        }
        return DocblockTags.read(description.toString().strip(), tags, outerTemplates);
    }

    /** The lines between {@code /**} and the closing {@code *}{@code /}, each without its leading {@code *}. */
    private static List<Line> lines(String raw) {
        String body = raw.strip();
        if (body.startsWith("/**")) {
            body = body.substring(3);
        } else if (body.startsWith("/*")) {
            body = body.substring(2);
        }
        if (body.endsWith("*/")) {
            body = body.substring(0, body.length() - 2);
        }
        String[] parts = body.split("\r\n|\r|\n", -1);
        List<Line> out = new ArrayList<>();
        for (int n = 0; n < parts.length; n++) {
            String s = parts[n].stripLeading();
            if (s.startsWith("*")) {
                s = s.substring(1);
                if (s.startsWith(" ")) {
                    s = s.substring(1);
                }
            }
            out.add(new Line(s.stripTrailing(), n + 1));
        }
        return out;
    }

    private static boolean startsTag(String line) {
        String s = line.stripLeading();
        return s.length() > 1 && s.charAt(0) == '@' && Character.isLetter(s.charAt(1));
    }

    /** Open minus closed braces: a shape or a WordPress hash ({@code @type} lines) spans lines. */
    private static int braces(CharSequence s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                d++;
            } else if (c == '}') {
                d--;
            }
        }
        return d;
    }

    /**
     * Whether the braces still open are closed further down; if not, the brace was text
     * ("accepts '{'") and this {@code @} line is a new tag, not part of a hash.
     */
    private static boolean closesLater(List<Line> lines, int from, int depth) {
        int d = depth;
        for (int j = from; j < lines.size(); j++) {
            d += braces(lines.get(j).text());
            if (d <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Tag spellings: the base name, and how strongly it claims its slot. */
    record Spelling(String base, int rank) {
        static Spelling of(String tagName) {
            String n = tagName.toLowerCase(Locale.ROOT);
            if (n.startsWith("phpstan-")) {
                return new Spelling(n.substring(8), 3);
            }
            if (n.startsWith("psalm-")) {
                return new Spelling(n.substring(6), 2);
            }
            return new Spelling(n, 1);
        }
    }

    /** Keeps, per slot, the entry of the strongest spelling; the first of equals. */
    static final class Slots<T> {
        private final Map<String, T> values = new LinkedHashMap<>();
        private final Map<String, Integer> ranks = new LinkedHashMap<>();

        /** False when the slot was already taken by an equally strong tag (a duplicate). */
        boolean offer(String slot, int rank, T value) {
            Integer had = ranks.get(slot);
            if (had != null && had >= rank) {
                return had > rank;
            }
            values.put(slot, value);
            ranks.put(slot, rank);
            return true;
        }

        List<T> values() {
            return new ArrayList<>(values.values());
        }

        T get(String slot) {
            return values.get(slot);
        }
    }
}
