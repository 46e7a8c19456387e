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
        int n = lines.size();
        // depthBefore[j]: braces open before line j; lowest[j]: the least of depthBefore[j..n].
        // Whether an open hash closes further down is then one comparison, not a scan of the
        // rest (WordPress's `@type` lists made that quadratic in the docblock's length).
        int[] depthBefore = new int[n + 1];
        for (int j = 0; j < n; j++) {
            depthBefore[j + 1] = depthBefore[j] + braces(lines.get(j).text());
        }
        int[] lowest = new int[n + 2];
        lowest[n + 1] = Integer.MAX_VALUE;
        for (int j = n; j >= 0; j--) {
            lowest[j] = Math.min(depthBefore[j], lowest[j + 1]);
        }
        StringBuilder description = new StringBuilder();
        List<Docblock.Tag> tags = new ArrayList<>();
        int i = 0;
        while (i < n && !startsTag(lines.get(i).text())) {
            description.append(lines.get(i).text()).append('\n');
            i++;
        }
        while (i < n) {
            Line first = lines.get(i);
            StringBuilder text = new StringBuilder(first.text().strip());
            int depth = depthBefore[i + 1] - depthBefore[i];
            i++;
            while (i < n) {
                String next = lines.get(i).text();
                // Open braces that close further down make this `@` line part of a hash; if they
                // never close, the brace was text ("accepts '{'") and this is a new tag.
                boolean closesLater = depth > 0 && lowest[i + 1] <= depthBefore[i] - depth;
                if (startsTag(next) && !closesLater) {
                    break;
                }
                text.append('\n').append(next);
                depth += depthBefore[i + 1] - depthBefore[i];
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
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\n' || c == '\r') {
                parts.add(body.substring(from, k));
                if (c == '\r' && k + 1 < body.length() && body.charAt(k + 1) == '\n') {
                    k++;
                }
                from = k + 1;
            }
        }
        parts.add(body.substring(from));
        List<Line> out = new ArrayList<>(parts.size());
        for (int n = 0; n < parts.size(); n++) {
            String s = parts.get(n).stripLeading();
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
