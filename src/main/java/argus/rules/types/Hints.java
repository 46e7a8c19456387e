package argus.rules.types;

import java.util.Locale;

/** "Did you mean ...?": the nearest of some known names, when one is close enough to be a slip. */
final class Hints {
    private Hints() {
    }

    /** What a hint was computed for, as a key of {@link argus.index.SymbolIndex#derived}. */
    record Key(String kind, String name) {
    }

    /** Collects candidates and keeps the nearest; ties go to the first offered, so the answer is deterministic given an order. */
    static final class Nearest {
        private final String name;
        private final String target;
        private final int limit;
        private String best;
        private int bestDistance = Integer.MAX_VALUE;

        Nearest(String name) {
            this.name = name;
            this.target = name.toLowerCase(Locale.ROOT);
            // One slip in a short name, two in a longer one; more would suggest unrelated names.
            this.limit = name.length() <= 4 ? 1 : name.length() <= 12 ? 2 : 3;
        }

        void offer(String candidate) {
            offer(candidate, candidate);
        }

        /** Compares {@code key} with the name, and would show {@code shown}. */
        void offer(String shown, String key) {
            // Offered every symbol of the project and of PHP for each miss: rule out the lengths
            // before lower-casing. Lower-casing keeps a length, except that U+0130 grows by one.
            int excess = key.length() - target.length();
            if (excess > limit || -excess > limit && key.indexOf('\u0130') < 0) {
                return;
            }
            String candidate = shown;
            String lower = key.toLowerCase(Locale.ROOT);
            if (key.equals(name) || Math.abs(lower.length() - target.length()) > limit) {
                return;
            }
            int d = distance(target, lower, limit);
            if (d <= limit && (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }

        /**
         * Offers a qualified name, compared by its last segment. The length is ruled out before
         * the segment is cut out: doing that for every name of a big project, for each miss, was
         * most of the cost of a "did you mean".
         */
        void offerQualified(String qualified) {
            int from = qualified.lastIndexOf('\\') + 1;
            int excess = qualified.length() - from - target.length();
            if (excess <= limit && (-excess <= limit || qualified.indexOf('\u0130', from) >= 0)) {
                offer(qualified, qualified.substring(from));
            }
        }

        /** " (did you mean x?)" or "". */
        String suffix(String prefix, String suffix) {
            return best == null ? "" : " (did you mean " + prefix + best + suffix + "?)";
        }

        String best() {
            return best;
        }
    }

    /** Levenshtein distance with transpositions counted as one edit (optimal string alignment), giving up (returning limit + 1) once every path exceeds the limit. */
    static int distance(String a, String b, int limit) {
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
