package argus.index;

import argus.ast.Part;
import argus.index.Symbols.ClassConst;
import argus.index.Symbols.Method;
import argus.index.Symbols.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every declaration of the analysed code, merged once after the scan phase (files in path
 * order, so the first declaration of a name wins deterministically) and immutable after:
 * phase-2 workers read it without locks. Lookups follow PHP's case rules: classes and
 * functions case-insensitively, constants by exact name (the namespace part aside).
 */
public final class SymbolIndex {
    private final Map<String, Symbols.Class> classes = new HashMap<>();
    private final Map<String, Symbols.Function> functions = new HashMap<>();
    private final Map<String, Symbols.Constant> constants = new HashMap<>();
    private final Map<String, List<Symbols.Class>> duplicateClasses = new HashMap<>();
    private final Map<String, List<Symbols.Function>> duplicateFunctions = new HashMap<>();
    /** Lower-case class or interface name → the classes and interfaces naming it as parent or interface. */
    private final Map<String, List<Symbols.Class>> subtypes = new HashMap<>();

    /** No project declarations: for runs whose rules read one file only. */
    public static final SymbolIndex EMPTY = new SymbolIndex();

    private SymbolIndex() {
    }

    public static SymbolIndex build(List<Symbols.FileSymbols> files) {
        SymbolIndex index = new SymbolIndex();
        for (Symbols.FileSymbols f : files) {
            for (Symbols.Class c : f.classes()) {
                Symbols.Class first = index.classes.putIfAbsent(c.key(), c);
                if (first != null) {
                    index.duplicateClasses.computeIfAbsent(c.key(), k -> new ArrayList<>(List.of(first))).add(c);
                }
            }
            for (Symbols.Function fn : f.functions()) {
                Symbols.Function first = index.functions.putIfAbsent(fn.key(), fn);
                if (first != null) {
                    index.duplicateFunctions.computeIfAbsent(fn.key(), k -> new ArrayList<>(List.of(first))).add(fn);
                }
            }
            for (Symbols.Constant c : f.constants()) {
                index.constants.putIfAbsent(constantKey(c.fqn()), c);
            }
        }
        for (Symbols.Class c : index.classes.values()) {
            if (c.parent() != null) {
                index.subtypes.computeIfAbsent(c.parent().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
            }
            for (String i : c.interfaces()) {
                index.subtypes.computeIfAbsent(i.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
            }
        }
        // The values come from a HashMap: sorted, so any walk over them is the same every run.
        index.subtypes.values().forEach(l -> l.sort(java.util.Comparator.comparing(Symbols.Class::key)));
        return index;
    }

    /** The namespace part of a constant name is case-insensitive, the last segment is not. */
    static String constantKey(String fqn) {
        int i = fqn.lastIndexOf('\\');
        return i < 0 ? fqn : fqn.substring(0, i).toLowerCase(Locale.ROOT) + fqn.substring(i);
    }

    public Symbols.Class clazz(String fqn) {
        return classes.get(fqn.toLowerCase(Locale.ROOT));
    }

    public Symbols.Function function(String fqn) {
        return functions.get(fqn.toLowerCase(Locale.ROOT));
    }

    public Symbols.Constant constant(String fqn) {
        return constants.get(constantKey(fqn));
    }

    public int classCount() {
        return classes.size();
    }

    public int functionCount() {
        return functions.size();
    }

    /** Names declared more than once: the declarations in path order (the first is the one used). */
    public Map<String, List<Symbols.Class>> duplicateClasses() {
        return Collections.unmodifiableMap(duplicateClasses);
    }

    public Map<String, List<Symbols.Function>> duplicateFunctions() {
        return Collections.unmodifiableMap(duplicateFunctions);
    }

    /** The classes and interfaces that extend or implement {@code fqn} directly (not through traits). */
    public List<Symbols.Class> directSubtypes(String fqn) {
        return Collections.unmodifiableList(subtypes.getOrDefault(fqn.toLowerCase(Locale.ROOT), List.of()));
    }

    /** The parent chain of a class, nearest first, stopping at a class the index lacks or a cycle. */
    public List<Symbols.Class> parents(String fqn) {
        List<Symbols.Class> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Symbols.Class c = clazz(fqn);
        while (c != null && c.parent() != null && seen.add(c.key())) {
            c = clazz(c.parent());
            if (c != null && !seen.contains(c.key())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Every class and interface name a value of class {@code fqn} is an instance of, itself
     * included, lower-cased; names of ancestors missing from the index are included (their own
     * ancestors are unknown).
     */
    public Set<String> supertypes(String fqn) {
        Set<String> out = new LinkedHashSet<>();
        collectSupertypes(fqn, out);
        return out;
    }

    private void collectSupertypes(String fqn, Set<String> out) {
        if (!out.add(fqn.toLowerCase(Locale.ROOT))) {
            return;
        }
        Symbols.Class c = clazz(fqn);
        if (c == null) {
            return;
        }
        if (c.parent() != null) {
            collectSupertypes(c.parent(), out);
        }
        for (String i : c.interfaces()) {
            collectSupertypes(i, out);
        }
    }

    /** Whether every supertype of {@code fqn} is known to the index (else an instanceof answer is only a guess). */
    public boolean hierarchyComplete(String fqn) {
        for (String s : supertypes(fqn)) {
            if (clazz(s) == null) {
                return false;
            }
        }
        return true;
    }

    /** A method as PHP finds it: the class, its traits (with `as` aliases, minus `insteadof` losers), then its parents. */
    public Method findMethod(String fqn, String name) {
        Set<String> seen = new HashSet<>();
        for (Symbols.Class c = clazz(fqn); c != null && seen.add(c.key()); c = c.parent() == null ? null : clazz(c.parent())) {
            Method m = c.method(name);
            if (m != null) {
                return m;
            }
            m = fromTraits(c, name, new HashSet<>());
            if (m != null) {
                return m;
            }
        }
        // Abstract classes and interfaces may call methods only their interfaces declare.
        for (String s : supertypes(fqn)) {
            Symbols.Class c = clazz(s);
            if (c != null && c.kind() == argus.ast.Stmt.ClassKind.INTERFACE) {
                Method m = c.method(name);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    private Method fromTraits(Symbols.Class c, String name, Set<String> seen) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Part rule : c.traitRules()) {
            if (rule instanceof Part.TraitAlias alias && alias.alias() != null
                    && alias.alias().name().equalsIgnoreCase(name)) {
                String trait = alias.trait() != null ? c.origin().names().resolveClass(alias.trait()) : null;
                for (String t : trait != null ? List.of(trait) : c.traits()) {
                    Method m = traitMethod(t, alias.method().name(), seen);
                    if (m != null) {
                        return m;
                    }
                }
            }
        }
        for (String t : c.traits()) {
            if (excluded(c, t, lower)) {
                continue;
            }
            Method m = traitMethod(t, name, seen);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private Method traitMethod(String trait, String name, Set<String> seen) {
        Symbols.Class t = clazz(trait);
        if (t == null || !seen.add(t.key())) {
            return null;
        }
        Method m = t.method(name);
        return m != null ? m : fromTraits(t, name, seen);
    }

    /** `A::m insteadof T` excludes T's m. */
    private static boolean excluded(Symbols.Class c, String trait, String lowerMethod) {
        for (Part rule : c.traitRules()) {
            if (rule instanceof Part.TraitInsteadof r && r.method().name().equalsIgnoreCase(lowerMethod)) {
                for (argus.ast.Name loser : r.insteadOf()) {
                    if (c.origin().names().resolveClass(loser).equalsIgnoreCase(trait)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public Property findProperty(String fqn, String name) {
        Set<String> seen = new HashSet<>();
        for (Symbols.Class c = clazz(fqn); c != null && seen.add(c.key()); c = c.parent() == null ? null : clazz(c.parent())) {
            Property p = c.properties().get(name);
            if (p != null) {
                return p;
            }
            for (String t : c.traits()) {
                Symbols.Class trait = clazz(t);
                if (trait != null && trait.properties().containsKey(name)) {
                    return trait.properties().get(name);
                }
            }
        }
        return null;
    }

    public ClassConst findConstant(String fqn, String name) {
        for (String s : supertypes(fqn)) {
            Symbols.Class c = clazz(s);
            if (c == null) {
                continue;
            }
            ClassConst k = c.constants().get(name);
            if (k != null) {
                return k;
            }
            for (String t : c.traits()) {
                Symbols.Class trait = clazz(t);
                if (trait != null && trait.constants().containsKey(name)) {
                    return trait.constants().get(name);
                }
            }
        }
        return null;
    }
}
