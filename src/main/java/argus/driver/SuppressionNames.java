package argus.driver;

import argus.config.Names;
import argus.rules.Rule;
import argus.rules.RuleInfo;
import argus.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The names suppression comments may use: argus rule ids for argus's own spellings, and for
 * Psalm's and PHPStan's the ids plus every {@link RuleInfo#aliases()} (Psalm issue types such as
 * {@code UndefinedVariable}, PHPStan identifiers such as {@code variable.undefined}). Case is
 * ignored: the comment was written for another tool, and a near miss should still count.
 */
final class SuppressionNames {
    private static final SuppressionNames REGISTERED = new SuppressionNames(RuleRegistry.ALL);

    private final Map<String, String> ids = new TreeMap<>();
    private final Map<String, Set<String>> foreign = new TreeMap<>();
    private final List<String> sortedIds = new ArrayList<>();

    SuppressionNames(List<? extends Rule> rules) {
        for (Rule r : rules) {
            String id = r.id();
            ids.put(lower(id), id);
            sortedIds.add(id);
            foreign.computeIfAbsent(lower(id), k -> new TreeSet<>()).add(id);
            for (String alias : r.info().aliases()) {
                foreign.computeIfAbsent(lower(alias), k -> new TreeSet<>()).add(id);
            }
        }
        sortedIds.sort(null);
    }

    static SuppressionNames registered() {
        return REGISTERED;
    }

    /** The rule id for an argus spelling's name, or null. */
    String argusId(String name) {
        return ids.get(lower(name));
    }

    /** The rule ids another tool's name stands for; empty when argus checks nothing like it. */
    Set<String> foreignIds(String name) {
        return foreign.getOrDefault(lower(name), Set.of());
    }

    /** What an unknown argus name was probably meant to be: the rule it is an alias of, else the nearest id. */
    String hint(String name) {
        Set<String> aliased = foreignIds(name);
        if (!aliased.isEmpty()) {
            return aliased.iterator().next();
        }
        return Names.nearest(name, sortedIds);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
