package argus.index;

import argus.config.PhpVersionRange;
import argus.index.BuiltinClass.Member;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PHP's built-in functions, classes and constants for the versions in rules/builtins (generated
 * from Reflection under real PHP runtimes, see rules/builtins/README.md), with the hand overlay
 * applied. Function and class names are case-insensitive, constants case-sensitive except true,
 * false and null; a leading backslash is ignored. Lookups return null for unknown names.
 */
public final class Builtins {
    private final Runtimes runtimes;
    private final LazyTable<BuiltinFunction> functions;
    private final LazyTable<BuiltinClass> classes;
    private final LazyTable<BuiltinConstant> constants;

    private Builtins(ClassLoader loader) {
        runtimes = BuiltinsJson.runtimes(loader);
        PhpVersionRange all = runtimes.checked();
        Map<String, FunctionFacts> overlay = BuiltinsJson.overlay(loader).functions();
        functions = new LazyTable<>(loader, "functions.json", BuiltinFunction.class, (key, raw) -> {
            BuiltinFunction f = (BuiltinFunction) raw;
            PhpVersionRange known = f.known() != null ? f.known() : all;
            FunctionFacts facts = overlay.getOrDefault(key, FunctionFacts.NONE);
            return new BuiltinFunction(f.name(), f.ext(), known,
                    OverlayMerge.apply(f.variants(), known, facts, runtimes.versions()), facts);
        });
        for (String name : overlay.keySet()) {
            if (!functions.contains(name)) {
                throw new IllegalStateException("overlay.json names an unknown function: " + name);
            }
        }
        classes = new LazyTable<>(loader, "classes.json", BuiltinClass.class,
                (key, raw) -> OverlayMerge.resolve((BuiltinClass) raw, all));
        constants = new LazyTable<>(loader, "constants.json", BuiltinConstant.class, (key, raw) -> {
            BuiltinConstant c = (BuiltinConstant) raw;
            return c.known() != null ? c : new BuiltinConstant(c.name(), c.ext(), all, c.variants());
        });
    }

    /** The data on the classpath, loaded on first use: every run needs it, and only once. */
    public static Builtins get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Builtins INSTANCE = load(Builtins.class.getClassLoader());
    }

    /**
     * Reads the small files and indexes the big ones; their entries are parsed, strictly, on first
     * lookup. Throws on malformed data or an overlay entry naming no function.
     */
    public static Builtins load(ClassLoader loader) {
        return new Builtins(loader);
    }

    public Runtimes runtimes() {
        return runtimes;
    }

    /** The versions the data was generated for (7.2..8.4); others answer {@link Presence#UNKNOWN}. */
    public PhpVersionRange checked() {
        return runtimes.checked();
    }

    public BuiltinFunction function(String name) {
        return functions.get(lower(name));
    }

    public BuiltinClass clazz(String name) {
        return classes.get(lower(name));
    }

    public BuiltinConstant constant(String name) {
        String n = stripSlash(name);
        BuiltinConstant c = constants.get(n);
        if (c == null) {
            String upper = n.toUpperCase(Locale.ROOT);
            if (upper.equals("TRUE") || upper.equals("FALSE") || upper.equals("NULL")) {
                c = constants.get(upper);
            }
        }
        return c;
    }

    /**
     * The method {@code methodName} of {@code className} as declared there or on the nearest
     * ancestor, parents first and then interfaces, over all versions' hierarchies.
     */
    public Member<BuiltinClass.MethodVariant> method(String className, String methodName) {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(lower(className));
        while (!todo.isEmpty()) {
            BuiltinClass c = classes.get(todo.poll());
            if (c == null || !seen.add(c.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Member<BuiltinClass.MethodVariant> m = c.method(methodName);
            if (m != null) {
                return m;
            }
            for (BuiltinClass.Variant v : c.variants()) {
                if (v.parent() != null) {
                    todo.addFirst(lower(v.parent()));
                }
            }
            for (BuiltinClass.Variant v : c.variants()) {
                v.interfaces().forEach(i -> todo.addLast(lower(i)));
            }
        }
        return null;
    }

    /** The lookup keys of every function (lower case) and class (lower case) and constant, for "did you mean" hints. */
    public java.util.Set<String> functionKeys() {
        return functions.keys();
    }

    public java.util.Set<String> classKeys() {
        return classes.keys();
    }

    public java.util.Set<String> constantKeys() {
        return constants.keys();
    }

    /** Every function, sorted by lower-case name; parses all of them, so not for hot paths. */
    public List<BuiltinFunction> functions() {
        return functions.all();
    }

    public List<BuiltinClass> classes() {
        return classes.all();
    }

    public List<BuiltinConstant> constants() {
        return constants.all();
    }

    private static String stripSlash(String name) {
        return name.startsWith("\\") ? name.substring(1) : name;
    }

    private static String lower(String name) {
        return stripSlash(name).toLowerCase(Locale.ROOT);
    }
}
