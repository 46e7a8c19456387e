package argus.usage;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one file's code refers to, as the whole-project dead-code rules need it. Names are kept
 * the way PHP compares them: classes, functions and methods lower case, constants and
 * properties as written. References are kept by name only where the target class is unknown:
 * a method called on a value of unknown type is taken for a call of every method of that name.
 * Immutable once built; the sets are sorted so that a dump of them is stable.
 */
public final class References {
    /** In {@link #methods()}: the receiver's class is unknown, any class's method of that name may be meant. */
    public static final String ANY_CLASS = "*";

    final Set<String> classes;
    final Set<String> functions;
    final Set<String> constants;
    final Map<String, Set<String>> methods;
    final Set<String> properties;
    final Set<String> classConstants;
    final Set<String> strings;
    final Set<String> docNames;
    final Set<String> prefixes;
    final Set<String> classPrefixes;
    final Set<String> dynamicMethodClasses;
    final Set<String> dynamicPropertyClasses;
    final List<Integer> unresolvedDynamicCalls;

    private References(Builder b) {
        classes = frozen(b.classes);
        functions = frozen(b.functions);
        constants = frozen(b.constants);
        Map<String, Set<String>> m = new TreeMap<>();
        b.methods.forEach((k, v) -> m.put(k, frozen(v)));
        methods = Collections.unmodifiableMap(m);
        properties = frozen(b.properties);
        classConstants = frozen(b.classConstants);
        strings = frozen(b.strings);
        docNames = frozen(b.docNames);
        prefixes = frozen(b.prefixes);
        classPrefixes = frozen(b.classPrefixes);
        dynamicMethodClasses = frozen(b.dynamicMethodClasses);
        dynamicPropertyClasses = frozen(b.dynamicPropertyClasses);
        unresolvedDynamicCalls = List.copyOf(b.unresolvedDynamicCalls);
    }

    private static Set<String> frozen(Set<String> s) {
        return s.isEmpty() ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(s));
    }

    public Set<String> classes() {
        return classes;
    }

    public Set<String> functions() {
        return functions;
    }

    /** Method name → the classes (lower case, or {@link #ANY_CLASS}) it is called on. */
    public Map<String, Set<String>> methods() {
        return methods;
    }

    public Set<String> properties() {
        return properties;
    }

    public Set<String> strings() {
        return strings;
    }

    /** Lines of `$x->$name()` calls whose receiver and name are both unknown. */
    public List<Integer> unresolvedDynamicCalls() {
        return unresolvedDynamicCalls;
    }

    /** Collects one file's references; used by one thread. */
    static final class Builder {
        final Set<String> classes = new HashSet<>();
        final Set<String> functions = new HashSet<>();
        final Set<String> constants = new HashSet<>();
        final Map<String, Set<String>> methods = new HashMap<>();
        final Set<String> properties = new HashSet<>();
        final Set<String> classConstants = new HashSet<>();
        final Set<String> strings = new HashSet<>();
        final Set<String> docNames = new HashSet<>();
        final Set<String> prefixes = new HashSet<>();
        final Set<String> classPrefixes = new HashSet<>();
        final Set<String> dynamicMethodClasses = new HashSet<>();
        final Set<String> dynamicPropertyClasses = new HashSet<>();
        final List<Integer> unresolvedDynamicCalls = new java.util.ArrayList<>();

        void method(String lowerName, String lowerClassOrAny) {
            methods.computeIfAbsent(lowerName, k -> new HashSet<>()).add(lowerClassOrAny);
        }

        References build() {
            return new References(this);
        }
    }
}
