package argus.rules;

import argus.rules.deadcode.UnusedSuppression;
import argus.rules.syntax.ParseError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every rule, as an explicit list sorted by id: no classpath scanning, the same order every
 * run, greppable. RuleRegistryTest fails when a {@link RuleInfo} class is missing here.
 */
public final class RuleRegistry {
    public static final List<Rule> ALL = sorted(List.of(
            new ParseError(),
            new UnusedSuppression()));

    private RuleRegistry() {
    }

    private static List<Rule> sorted(List<Rule> rules) {
        List<Rule> out = new ArrayList<>(rules);
        out.sort(Comparator.comparing(Rule::id));
        return List.copyOf(out);
    }

    /** The rule with this id, ignoring case (ids are PascalCase but people type them). */
    public static Optional<Rule> byId(String id) {
        for (Rule r : ALL) {
            if (r.id().equalsIgnoreCase(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static RuleInfo info(String id) {
        return byId(id).map(Rule::info).orElseThrow(() -> new IllegalArgumentException("unknown rule: " + id));
    }

    /** The nearest rule id, for "did you mean ...?" in messages; null when nothing is close. */
    public static String nearest(String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = id.toLowerCase(Locale.ROOT);
        for (Rule r : ALL) {
            int d = distance(lower, r.id().toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = r.id();
            }
        }
        return bestDistance <= Math.max(2, id.length() / 3) ? best : null;
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
