package argus.usage;

import argus.index.BuiltinClass;
import argus.index.Builtins;
import argus.index.SymbolIndex;
import argus.index.Symbols;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ancestry of the project's classes as dead-code detection needs it: parents, interfaces
 * and used traits, transitively, through the project's declarations and PHP's built-in classes.
 * Answers are cached; one thread uses it.
 */
final class Hierarchy {
    /** A class's ancestors (itself included, lower case) and whether some of them are unknown. */
    private record Ancestry(Set<String> names, boolean open) {
    }

    private final SymbolIndex index;
    private final Builtins builtins;
    private final Map<String, Ancestry> cache = new HashMap<>();

    Hierarchy(SymbolIndex index, Builtins builtins) {
        this.index = index;
        this.builtins = builtins;
    }

    /** The class itself and every class, interface and trait it inherits from or uses, lower case. */
    Set<String> selfAndAncestors(String fqn) {
        return ancestry(fqn).names;
    }

    /** Whether an ancestor is declared neither in the analysed code nor by PHP. */
    boolean open(String fqn) {
        return ancestry(fqn).open;
    }

    /**
     * Whether a built-in ancestor declares the method: PHP or its extensions call it (offsetGet,
     * count, ...). The class itself counts: a project class named like a built-in one is its
     * polyfill, and its methods are the built-in's, called by code written for the built-in.
     */
    boolean builtinDeclares(String fqn, String lowerMethod) {
        for (String a : selfAndAncestors(fqn)) {
            if (builtins.clazz(a) != null && builtins.method(a, lowerMethod) != null) {
                return true;
            }
        }
        return false;
    }

    private Ancestry ancestry(String fqn) {
        String key = strip(fqn).toLowerCase(Locale.ROOT);
        Ancestry known = cache.get(key);
        if (known != null) {
            return known;
        }
        Set<String> out = new LinkedHashSet<>();
        boolean open = false;
        Deque<String> todo = new ArrayDeque<>();
        todo.add(key);
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (!out.add(name)) {
                continue;
            }
            Symbols.Class c = index.clazz(name);
            if (c != null) {
                if (c.parent() != null) {
                    todo.add(strip(c.parent()).toLowerCase(Locale.ROOT));
                }
                c.interfaces().forEach(i -> todo.add(strip(i).toLowerCase(Locale.ROOT)));
                c.traits().forEach(t -> todo.add(strip(t).toLowerCase(Locale.ROOT)));
                continue;
            }
            BuiltinClass b = builtins.clazz(name);
            if (b == null) {
                open = true;
                continue;
            }
            for (BuiltinClass.Variant v : b.variants()) {
                if (v.parent() != null) {
                    todo.add(strip(v.parent()).toLowerCase(Locale.ROOT));
                }
                v.interfaces().forEach(i -> todo.add(strip(i).toLowerCase(Locale.ROOT)));
            }
        }
        Ancestry a = new Ancestry(out, open);
        cache.put(key, a);
        return a;
    }

    private static String strip(String name) {
        return name.startsWith("\\") ? name.substring(1) : name;
    }
}
