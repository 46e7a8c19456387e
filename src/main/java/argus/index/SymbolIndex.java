package argus.index;

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
    private final Map<String, List<Symbols.Constant>> duplicateConstants = new HashMap<>();
    /** Every namespace something is declared in (lower case), with the namespaces around it. */
    private final Set<String> namespaces = new HashSet<>();
    /** In how many files each global function name (lower case) is called, and each class name used. */
    private final Map<String, Integer> functionUses = new HashMap<>();
    private final Map<String, Integer> classUses = new HashMap<>();
    /** class_alias() names (lower case) to the original's name. */
    private final Map<String, String> aliases = new HashMap<>();

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
                Symbols.Constant first = index.constants.putIfAbsent(constantKey(c.fqn()), c);
                if (first != null) {
                    index.duplicateConstants.computeIfAbsent(constantKey(c.fqn()), k -> new ArrayList<>(List.of(first)))
                            .add(c);
                }
            }
            f.usedFunctions().forEach(n -> index.functionUses.merge(n, 1, Integer::sum));
            f.usedClasses().forEach(n -> index.classUses.merge(n, 1, Integer::sum));
            f.classes().forEach(c -> index.addNamespace(c.fqn()));
            f.functions().forEach(fn -> index.addNamespace(fn.fqn()));
            f.constants().forEach(c -> index.addNamespace(c.fqn()));
            for (Symbols.ClassAlias a : f.aliases()) {
                index.aliases.putIfAbsent(a.alias().toLowerCase(Locale.ROOT), a.original());
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

    private void addNamespace(String fqn) {
        String ns = fqn.toLowerCase(Locale.ROOT);
        for (int i = ns.lastIndexOf('\\'); i > 0 && namespaces.add(ns.substring(0, i)); i = ns.lastIndexOf('\\', i - 1)) {
            // every enclosing namespace too: App\Models\User makes App known as well
        }
    }

    /**
     * Whether the project declares anything in this namespace or below it: a name in a namespace
     * it does not know belongs to code argus was not given.
     */
    public boolean hasNamespace(String namespace) {
        return namespaces.contains(namespace.toLowerCase(Locale.ROOT));
    }

    /** In how many files of the project a function of this name (as PHP's fallback reaches it) is called. */
    public int filesCalling(String function) {
        return functionUses.getOrDefault(function.toLowerCase(Locale.ROOT), 0);
    }

    /** In how many files of the project a class of this (resolved) name is used in code or declarations. */
    public int filesUsing(String cls) {
        return classUses.getOrDefault(cls.toLowerCase(Locale.ROOT), 0);
    }

    /** The namespace part of a constant name is case-insensitive, the last segment is not. */
    static String constantKey(String fqn) {
        int i = fqn.lastIndexOf('\\');
        return i < 0 ? fqn : fqn.substring(0, i).toLowerCase(Locale.ROOT) + fqn.substring(i);
    }

    /** The class of that name, or of which it is a class_alias(); null when the project has none. */
    public Symbols.Class clazz(String fqn) {
        String key = fqn.toLowerCase(Locale.ROOT);
        Symbols.Class c = classes.get(key);
        if (c == null && !aliases.isEmpty()) {
            String original = aliases.get(key);
            // One hop only: an alias of an alias is rare, and a cycle of them must not hang.
            c = original == null ? null : classes.get(original.toLowerCase(Locale.ROOT));
        }
        return c;
    }

    /** Whether the name is a class_alias() of the analysed code (its original may be a built-in class). */
    public String aliasOf(String fqn) {
        return aliases.get(fqn.toLowerCase(Locale.ROOT));
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

    public Map<String, List<Symbols.Constant>> duplicateConstants() {
        return Collections.unmodifiableMap(duplicateConstants);
    }

    /**
     * The classes of the project that are instances of {@code fqn}: those whose
     * {@link #supertypes} hold its name, itself included, ordered by key. Made once per index
     * from every class's supertypes; asked for each member a class lacks (does a subclass
     * declare it?), which on MediaWiki's 10,000 classes was a walk of them all per question.
     */
    public List<Symbols.Class> instancesOf(String fqn) {
        Map<String, List<Symbols.Class>> below = instances;
        if (below == null) {
            below = new HashMap<>();
            List<Symbols.Class> all = new ArrayList<>(classes.values());
            all.sort(java.util.Comparator.comparing(Symbols.Class::key));
            for (Symbols.Class c : all) {
                for (String s : supertypes(c.fqn())) {
                    below.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
                }
            }
            instances = below;
        }
        return Collections.unmodifiableList(below.getOrDefault(fqn.toLowerCase(Locale.ROOT), List.of()));
    }

    /**
     * An answer that depends on nothing but this index and {@code key} (a "did you mean" over
     * every symbol, say), computed once per run: a big project asks the same of thousands of
     * uses of one missing name. {@code compute} must not itself ask for derived answers.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Supplier<T> compute) {
        Object v = derived.get(key);
        if (v == null) {
            v = compute.get();
            Object had = derived.putIfAbsent(key, v);
            v = had != null ? had : v;
        }
        return (T) v;
    }

    private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #instancesOf}'s table, built on first use; a race builds the same table twice. */
    private volatile Map<String, List<Symbols.Class>> instances;

    /** Every class of the project, in no particular order (for "did you mean" hints). */
    public java.util.Collection<Symbols.Class> classes() {
        return Collections.unmodifiableCollection(classes.values());
    }

    public java.util.Collection<Symbols.Function> functions() {
        return Collections.unmodifiableCollection(functions.values());
    }

    public java.util.Collection<Symbols.Constant> constants() {
        return Collections.unmodifiableCollection(constants.values());
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

    /**
     * A method as PHP finds it: the class's own, then its traits' (with `as` aliases and
     * visibility changes, minus `insteadof` losers), then those its docblock declares, then the
     * same up the parents; last the interfaces (abstract classes and interfaces may call methods
     * only an interface declares). A trait's method is reported as the using class's own, as
     * PHP copies it there: `self` and private access mean that class.
     */
    public Method findMethod(String fqn, String name) {
        return MemberFinder.findMethod(this, fqn, name);
    }

    public Property findProperty(String fqn, String name) {
        return MemberFinder.findProperty(this, fqn, name);
    }

    public ClassConst findConstant(String fqn, String name) {
        return MemberFinder.findConstant(this, fqn, name);
    }

    /** Whether a method of that name exists, and if not, whether magic or an unknown ancestor may provide it. */
    public Lookup<Method> lookupMethod(String fqn, String name, boolean isStatic) {
        return MemberFinder.lookupMethod(this, fqn, name, isStatic);
    }

    public Lookup<Property> lookupProperty(String fqn, String name) {
        return MemberFinder.lookupProperty(this, fqn, name);
    }

    /** Class constants and enum cases (a case is answered as FOUND with a null member). */
    public Lookup<ClassConst> lookupConstant(String fqn, String name) {
        return MemberFinder.lookupConstant(this, fqn, name);
    }

    /**
     * The answer to "does this member exist": FOUND (member set, null for an enum case), MAGIC
     * (no such member, but __call / __callStatic / __get / a docblock mixin may answer), UNKNOWN
     * (some ancestor is not in the project: {@code unknownAncestors} names them, perhaps built-in
     * classes the caller knows), MISSING (the whole hierarchy is known and has no such member).
     */
    public record Lookup<M>(Answer answer, M member, Set<String> unknownAncestors) {
        public Lookup {
            unknownAncestors = Set.copyOf(unknownAncestors);
        }
    }

    public enum Answer { FOUND, MAGIC, UNKNOWN, MISSING }

    /**
     * Every class, interface and trait the members of {@code fqn} may come from: itself, its
     * parents, interfaces, traits and `@mixin` classes, transitively, in a fixed order; the
     * names of those the index lacks go to {@code unknown} (original spelling).
     */
    public List<Symbols.Class> hierarchy(String fqn, Set<String> unknown) {
        List<Symbols.Class> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        todo.add(fqn);
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Symbols.Class c = clazz(name);
            if (c == null) {
                unknown.add(name);
                continue;
            }
            out.add(c);
            if (c.parent() != null) {
                todo.add(c.parent());
            }
            todo.addAll(c.interfaces());
            todo.addAll(c.traits());
            todo.addAll(c.mixins());
        }
        return out;
    }
}
