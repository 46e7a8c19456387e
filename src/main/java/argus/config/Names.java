package argus.config;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for mistyped keys, rule ids and category ids. */
public final class Names {
    private Names() {
    }

    /** The candidate nearest to {@code name} ignoring case, or null when none is close enough to be a typo. */
    public static String nearest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        int threshold = Math.max(2, name.length() / 3);
        for (String c : candidates) {
            String candidate = c.toLowerCase(Locale.ROOT);
            int d = distance(lower, candidate);
            if (lower.length() >= 3 && candidate.startsWith(lower)) {
                // An abbreviation ("warn", "sec") is as good a hint as a typo, however much is left out.
                d = Math.min(d, threshold);
            }
            // Ties go to the first candidate: callers pass sorted lists, so the hint is deterministic.
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= threshold ? best : null;
    }

    /** " (did you mean X?)" or "" when nothing is close. */
    public static String didYouMean(String name, Collection<String> candidates) {
        String n = nearest(name, candidates);
        return n == null ? "" : " (did you mean " + n + "?)";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
