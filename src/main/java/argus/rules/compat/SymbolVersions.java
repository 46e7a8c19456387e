package argus.rules.compat;

import argus.config.PhpVersion;
import argus.index.BuiltinClass;
import argus.index.Builtins;
import argus.index.Presence;
import argus.index.VersionedSymbol;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lifetime of PHP's built-in functions, classes, methods and constants over every version
 * argus knows (5.6..8.5): the generated data of rules/builtins for 7.2..8.4, completed by the
 * hand table rules/compat/symbols.json for what happened before 7.2 and for extensions the
 * generating runtimes did not build. Where neither can tell (before 7.2 for a symbol the table
 * does not list, or an extension checked in one version only), the symbol counts as present:
 * these rules report what is known, never a guess.
 */
public final class SymbolVersions {
    private static final Map<String, Lifetime> CACHE = new ConcurrentHashMap<>();
    private static final Lifetime NONE = new Lifetime(null, null, null, null);

    private SymbolVersions() {
    }

    /** The built-in function (global name, any case), or null when PHP never had it. */
    public static Lifetime function(String name) {
        String key = lower(name);
        return cached("f:" + key, () -> {
            SymbolTable table = SymbolTable.get();
            SymbolTable.Extension ext = table.extensionOfFunction(key);
            if (ext != null) {
                return new Lifetime(null, ext.deprecated(), ext.removed(), ext);
            }
            var f = Builtins.get().function(key);
            SymbolTable.Entry entry = table.function(key);
            if (f == null && entry == null) {
                return null;
            }
            return lifetime(f, entry, f == null ? null : f.deprecatedSince());
        });
    }

    public static Lifetime clazz(String name) {
        String key = lower(name);
        return cached("c:" + key, () -> {
            BuiltinClass c = Builtins.get().clazz(key);
            SymbolTable.Entry entry = SymbolTable.get().clazz(key);
            return c == null && entry == null ? null : lifetime(c, entry, null);
        });
    }

    /** A method of a built-in class (declared there or inherited from a built-in ancestor). */
    public static Lifetime method(String className, String methodName) {
        String cls = lower(className);
        String m = methodName.toLowerCase(Locale.ROOT);
        return cached("m:" + cls + "::" + m, () -> {
            var member = Builtins.get().method(cls, m);
            SymbolTable.Entry entry = tableMethod(cls, m);
            return member == null && entry == null ? null : lifetime(member, entry, member == null ? null : member.deprecatedSince());
        });
    }

    /** A global constant (case-sensitive name). */
    public static Lifetime constant(String name) {
        String key = name.startsWith("\\") ? name.substring(1) : name;
        return cached("k:" + key, () -> {
            SymbolTable table = SymbolTable.get();
            SymbolTable.Extension ext = table.extensionOfConstant(key);
            if (ext != null) {
                return new Lifetime(null, ext.deprecated(), ext.removed(), ext);
            }
            var c = Builtins.get().constant(key);
            SymbolTable.Entry entry = table.constant(key);
            return c == null && entry == null ? null : lifetime(c, entry, null);
        });
    }

    /** The table's entry for the method on {@code cls} or the nearest built-in ancestor the table dates it on. */
    private static SymbolTable.Entry tableMethod(String cls, String method) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        String current = cls;
        while (current != null && seen.add(current)) {
            SymbolTable.Entry e = SymbolTable.get().method(current, method);
            if (e != null) {
                return e;
            }
            BuiltinClass c = Builtins.get().clazz(current);
            String parent = c == null ? null : c.variants().get(c.variants().size() - 1).parent();
            current = parent == null ? null : parent.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * Whether some built-in class gained a method of this name after the class itself appeared:
     * a cheap test before a rule asks the flow analysis for the receiver's type.
     */
    public static boolean someMethodIsNew(String methodName) {
        return NewMethods.NAMES.contains(methodName.toLowerCase(Locale.ROOT));
    }

    private static final class NewMethods {
        static final java.util.Set<String> NAMES = collect();

        private static java.util.Set<String> collect() {
            java.util.Set<String> out = new java.util.HashSet<>(SymbolTable.get().methodNames());
            for (BuiltinClass c : Builtins.get().classes()) {
                PhpVersion classSince = c.variants().get(0).since();
                c.methods().forEach((name, member) -> {
                    PhpVersion since = member.variants().get(0).since();
                    if (since != null && !since.equals(classSince)) {
                        out.add(name);
                    }
                });
            }
            return java.util.Set.copyOf(out);
        }
    }

    private static Lifetime cached(String key, java.util.function.Supplier<Lifetime> compute) {
        Lifetime l = CACHE.get(key);
        if (l == null) {
            Lifetime computed = compute.get();
            l = computed == null ? NONE : computed;
            CACHE.putIfAbsent(key, l);
        }
        return l == NONE ? null : l;
    }

    /**
     * Walks the known versions: present where the table dates the symbol so, else where the
     * data says so or cannot tell.
     */
    private static Lifetime lifetime(VersionedSymbol<?> data, SymbolTable.Entry entry, PhpVersion deprecated) {
        PhpVersion since = null;
        PhpVersion removed = null;
        boolean seen = false;
        for (PhpVersion v : PhpVersion.KNOWN) {
            // The table, where it dates a symbol, overrides the data: it also corrects symbols
            // that the generating runtimes lacked for want of a library (GD without WebP).
            boolean present = entry != null
                    ? (entry.since() == null || v.atLeast(entry.since())) && (entry.removed() == null || v.compareTo(entry.removed()) < 0)
                    : data == null || data.presenceIn(v) != Presence.ABSENT;
            if (present && !seen) {
                seen = true;
                since = v.equals(PhpVersion.OLDEST) ? null : v;
            } else if (!present && seen && removed == null) {
                removed = v;
            }
        }
        return seen ? new Lifetime(since, deprecated, removed, null) : null;
    }

    private static String lower(String name) {
        return (name.startsWith("\\") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
    }
}
