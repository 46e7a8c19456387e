package argus.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Composer version constraints (composer.json {@code require.php}) read as the PHP minor versions
 * they admit: a minor version is in when at least one of its patch releases satisfies the
 * constraint, so {@code >=7.2.5} admits 7.2 and {@code <8.3} stops at 8.2. Alternatives
 * ({@code ||}) are joined into one range from the lowest to the highest version admitted: a range
 * cannot have holes, and a project that runs on 7.4 and 8.1 must parse on 7.4 and 8.1 anyway.
 */
final class ComposerConstraint {
    private static final Pattern HYPHEN = Pattern.compile("(\\S+)\\s+-\\s+(\\S+)");
    private static final Pattern OPERATOR_SPACE = Pattern.compile("(>=|<=|!=|<>|==|>|<|=|\\^|~)\\s+");
    private static final Pattern TERM = Pattern.compile("(>=|<=|!=|<>|==|>|<|=|\\^|~)?(.+)");
    private static final Pattern VERSION = Pattern.compile(
            "[vV]?(\\d+|[*xX])(?:\\.(\\d+|[*xX]))?(?:\\.(\\d+|[*xX]))?(?:\\.(\\d+|[*xX]))?");
    private static final long ANY = Long.MAX_VALUE;

    private enum Op { GE, GT, LE, LT, EQ, NE }

    /** One comparison with a full version; a term like {@code ^8.1} is two of them. */
    private record Cmp(Op op, long major, long minor, long patch) {
    }

    /** A version as written: its numbers, and whether a wildcard followed them ({@code 8.1.*}). */
    private record Version(long[] parts, boolean wildcard) {
        long part(int i) {
            return i < parts.length ? parts[i] : 0;
        }

        Cmp cmp(Op op) {
            return new Cmp(op, part(0), part(1), part(2));
        }

        /** The version just past this prefix: 8 -> 9.0.0, 8.1 -> 8.2.0, 8.1.2 -> 8.1.3. */
        Cmp nextAfter(int length, Op op) {
            long[] p = {part(0), part(1), part(2)};
            int last = Math.min(length, 3) - 1;
            p[last]++;
            for (int i = last + 1; i < 3; i++) {
                p[i] = 0;
            }
            return new Cmp(op, p[0], p[1], p[2]);
        }
    }

    private ComposerConstraint() {
    }

    static PhpVersionRange toRange(String constraint) {
        String text = constraint.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty version constraint");
        }
        PhpVersion min = null;
        PhpVersion max = null;
        for (String alternative : text.split("\\|\\|?", -1)) {
            List<Cmp> all = conjunction(alternative.trim(), constraint);
            for (PhpVersion v : PhpVersion.KNOWN) {
                if (admits(all, v)) {
                    min = min == null || v.compareTo(min) < 0 ? v : min;
                    max = max == null || v.compareTo(max) > 0 ? v : max;
                }
            }
        }
        if (min == null) {
            throw new IllegalArgumentException("'" + constraint + "' admits no PHP version argus knows ("
                    + PhpVersion.OLDEST + " to " + PhpVersion.NEWEST + ")");
        }
        return new PhpVersionRange(min, max);
    }

    private static List<Cmp> conjunction(String alternative, String whole) {
        if (alternative.isEmpty()) {
            throw unreadable(whole);
        }
        List<Cmp> out = new ArrayList<>();
        Matcher hyphen = HYPHEN.matcher(alternative);
        if (hyphen.matches()) {
            out.add(version(hyphen.group(1), whole).cmp(Op.GE));
            Version upper = version(hyphen.group(2), whole);
            if (upper.parts.length == 0) {
                return out;
            }
            // Composer: a partial upper bound is a wildcard ("- 8.1" means below 8.2), a full one inclusive.
            out.add(upper.parts.length >= 3 ? upper.cmp(Op.LE) : upper.nextAfter(upper.parts.length, Op.LT));
            return out;
        }
        String joined = OPERATOR_SPACE.matcher(alternative).replaceAll("$1");
        for (String term : joined.split("[\\s,]+")) {
            term(term, whole, out);
        }
        return out;
    }

    private static void term(String term, String whole, List<Cmp> out) {
        Matcher m = TERM.matcher(term);
        if (!m.matches()) {
            throw unreadable(whole);
        }
        String op = m.group(1) == null ? "" : m.group(1);
        Version v = version(m.group(2), whole);
        int n = v.parts.length;
        if (n == 0) {
            // "*": every version; a bound like ">=*" is as good as none.
            return;
        }
        switch (op) {
            case ">=" -> out.add(v.cmp(Op.GE));
            case ">" -> out.add(v.cmp(Op.GT));
            case "<=" -> out.add(v.cmp(Op.LE));
            case "<" -> out.add(v.cmp(Op.LT));
            case "!=", "<>" -> out.add(v.cmp(Op.NE));
            case "^" -> {
                out.add(v.cmp(Op.GE));
                // The first non-zero part may not change: ^8.1 < 9, ^0.3 < 0.4, ^0.0.3 < 0.0.4.
                int fixed = 1;
                while (fixed < Math.min(n, 3) && v.part(fixed - 1) == 0) {
                    fixed++;
                }
                out.add(v.nextAfter(fixed, Op.LT));
            }
            case "~" -> {
                out.add(v.cmp(Op.GE));
                // The last part given may grow: ~8.1 < 9, ~8.1.0 < 8.2, ~8 < 9.
                out.add(v.nextAfter(Math.max(1, n - 1), Op.LT));
            }
            default -> {
                if (v.wildcard) {
                    out.add(v.cmp(Op.GE));
                    out.add(v.nextAfter(n, Op.LT));
                } else {
                    out.add(v.cmp(Op.EQ));
                }
            }
        }
    }

    /** "8.1.2", "v8.1", "8.1.*", "8.x", "8.1.0-RC1", "8.1@dev"; the patch's fourth part is dropped. */
    private static Version version(String text, String whole) {
        String t = text;
        int at = t.indexOf('@');
        if (at >= 0) {
            t = t.substring(0, at);
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            t = t.substring(0, dash);
        }
        Matcher m = VERSION.matcher(t);
        if (!m.matches()) {
            throw unreadable(whole);
        }
        List<Long> parts = new ArrayList<>();
        boolean wildcard = false;
        for (int i = 1; i <= 4; i++) {
            String g = m.group(i);
            if (g == null) {
                break;
            }
            if (g.equals("*") || g.equalsIgnoreCase("x")) {
                wildcard = true;
                break;
            }
            try {
                parts.add(Long.parseLong(g));
            } catch (NumberFormatException e) {
                throw unreadable(whole);
            }
        }
        long[] p = parts.stream().mapToLong(Long::longValue).toArray();
        return new Version(p, wildcard);
    }

    /** Whether some patch release of minor version {@code v} satisfies every comparison. */
    private static boolean admits(List<Cmp> all, PhpVersion v) {
        long lo = 0;
        long hi = ANY;
        for (Cmp c : all) {
            if (c.op == Op.NE) {
                continue;
            }
            int prefix = Long.compare(v.major(), c.major) != 0 ? Long.compare(v.major(), c.major)
                    : Long.compare(v.minor(), c.minor);
            switch (c.op) {
                case GE, GT -> {
                    if (prefix < 0) {
                        return false;
                    }
                    if (prefix == 0) {
                        lo = Math.max(lo, c.op == Op.GE ? c.patch : c.patch + 1);
                    }
                }
                case LE, LT -> {
                    if (prefix > 0) {
                        return false;
                    }
                    if (prefix == 0) {
                        if (c.op == Op.LT && c.patch == 0) {
                            return false;
                        }
                        hi = Math.min(hi, c.op == Op.LE ? c.patch : c.patch - 1);
                    }
                }
                default -> {
                    if (prefix != 0) {
                        return false;
                    }
                    lo = Math.max(lo, c.patch);
                    hi = Math.min(hi, c.patch);
                }
            }
        }
        if (lo > hi) {
            return false;
        }
        // "!=" removes one release; it empties the minor version only when that was the last one left.
        for (Cmp c : all) {
            if (c.op == Op.NE && lo == hi && c.patch == lo && c.major == v.major() && c.minor == v.minor()) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException unreadable(String constraint) {
        return new IllegalArgumentException("cannot read '" + constraint + "' as a version constraint");
    }
}
