package argus.types;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the type lattice needs to know about classes; the symbol index implements it. The
 * lattice itself never consults it (join and meet are structural), only {@link Types#isSubtype}.
 */
public interface ClassHierarchy {

    /**
     * YES when every instance of {@code sub} is an instance of {@code sup}; NO when no
     * instance of {@code sub} can be one (for instance two unrelated classes, neither an
     * interface); MAYBE otherwise, including for unknown names.
     */
    Trilean isSubclass(String sub, String sup);

    /** Knows nothing: a name is a subclass of itself, anything else is MAYBE. */
    ClassHierarchy NONE = (sub, sup) -> norm(sub).equals(norm(sup)) ? Trilean.YES : Trilean.MAYBE;

    /**
     * A closed world from a table of direct supertypes, for tests: YES along the table,
     * MAYBE downwards (some {@code sub} may be a {@code sup}), NO otherwise, as if every
     * name were a class that no other class extends.
     */
    static ClassHierarchy of(Map<String, List<String>> directSupertypes) {
        Map<String, List<String>> table = new TreeMap<>();
        directSupertypes.forEach((k, v) -> table.put(norm(k), v.stream().map(ClassHierarchy::norm).toList()));
        return (sub, sup) -> {
            if (reaches(table, norm(sub), norm(sup))) {
                return Trilean.YES;
            }
            return reaches(table, norm(sup), norm(sub)) ? Trilean.MAYBE : Trilean.NO;
        };
    }

    private static boolean reaches(Map<String, List<String>> table, String from, String to) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (c.equals(to)) {
                return true;
            }
            if (seen.add(c)) {
                todo.addAll(table.getOrDefault(c, List.of()));
            }
        }
        return false;
    }

    /** Class names compare without a leading backslash and without case, as PHP does. */
    static String norm(String name) {
        String n = name.startsWith("\\") ? name.substring(1) : name;
        return n.toLowerCase(Locale.ROOT);
    }
}
