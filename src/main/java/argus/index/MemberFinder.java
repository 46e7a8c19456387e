package argus.index;

import argus.ast.Modifiers;
import argus.ast.Name;
import argus.ast.Part;
import argus.index.SymbolIndex.Answer;
import argus.index.SymbolIndex.Lookup;
import argus.index.Symbols.ClassConst;
import argus.index.Symbols.Method;
import argus.index.Symbols.Property;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Member lookups of {@link SymbolIndex}, following PHP's rules for parents, traits and interfaces. */
final class MemberFinder {
    private static final int VISIBILITY = Modifiers.PUBLIC | Modifiers.PROTECTED | Modifiers.PRIVATE;

    private MemberFinder() {
    }

    static Method findMethod(SymbolIndex index, String fqn, String name) {
        Set<String> seen = new HashSet<>();
        for (Symbols.Class c = index.clazz(fqn); c != null && seen.add(c.key());
             c = c.parent() == null ? null : index.clazz(c.parent())) {
            Method m = c.method(name);
            if (m != null) {
                return m;
            }
            m = fromTraits(index, c, name, new HashSet<>());
            if (m != null) {
                return m;
            }
            m = c.docMethods().get(name.toLowerCase(Locale.ROOT));
            if (m != null) {
                return m;
            }
        }
        for (String s : index.supertypes(fqn)) {
            Symbols.Class c = index.clazz(s);
            if (c != null && c.isInterface()) {
                Method m = c.method(name);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A trait method as the using class {@code c} has it: renamed by `as`, its visibility changed, owned by c. */
    private static Method fromTraits(SymbolIndex index, Symbols.Class c, String name, Set<String> seen) {
        for (Part rule : c.traitRules()) {
            if (rule instanceof Part.TraitAlias alias && alias.alias() != null
                    && alias.alias().name().equalsIgnoreCase(name)) {
                String trait = alias.trait() != null ? c.origin().names().resolveClass(alias.trait()) : null;
                for (String t : trait != null ? List.of(trait) : c.traits()) {
                    Method m = traitMethod(index, t, alias.method().name(), seen);
                    if (m != null) {
                        return adopt(m, c, alias.alias().name(), alias.modifiers());
                    }
                }
            }
        }
        for (String t : c.traits()) {
            if (excluded(c, t, name)) {
                continue;
            }
            Method m = traitMethod(index, t, name, seen);
            if (m != null) {
                return adopt(m, c, m.name(), visibilityChange(c, t, name));
            }
        }
        return null;
    }

    private static Method traitMethod(SymbolIndex index, String trait, String name, Set<String> seen) {
        Symbols.Class t = index.clazz(trait);
        if (t == null || !seen.add(t.key())) {
            return null;
        }
        Method m = t.method(name);
        return m != null ? m : fromTraits(index, t, name, seen);
    }

    /** `m as protected;` (no new name) changes the visibility of the method under its own name. */
    private static Modifiers visibilityChange(Symbols.Class c, String trait, String name) {
        for (Part rule : c.traitRules()) {
            if (rule instanceof Part.TraitAlias alias && alias.alias() == null
                    && alias.method().name().equalsIgnoreCase(name)
                    && (alias.trait() == null || c.origin().names().resolveClass(alias.trait()).equalsIgnoreCase(trait))) {
                return alias.modifiers();
            }
        }
        return null;
    }

    private static Method adopt(Method m, Symbols.Class user, String name, Modifiers change) {
        Modifiers mods = m.modifiers();
        if (change != null && (change.bits() & VISIBILITY) != 0) {
            mods = new Modifiers((mods.bits() & ~VISIBILITY) | (change.bits() & VISIBILITY));
        }
        return new Method(name, user.fqn(), mods, m.signature(), m.origin(), m.hasBody(), m.deprecated(),
                m.dynamicArgs(), m.doc());
    }

    /** `A::m insteadof T` excludes T's m. */
    private static boolean excluded(Symbols.Class c, String trait, String method) {
        for (Part rule : c.traitRules()) {
            if (rule instanceof Part.TraitInsteadof r && r.method().name().equalsIgnoreCase(method)) {
                for (Name loser : r.insteadOf()) {
                    if (c.origin().names().resolveClass(loser).equalsIgnoreCase(trait)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static Property findProperty(SymbolIndex index, String fqn, String name) {
        Set<String> seen = new HashSet<>();
        for (Symbols.Class c = index.clazz(fqn); c != null && seen.add(c.key());
             c = c.parent() == null ? null : index.clazz(c.parent())) {
            Property p = c.properties().get(name);
            if (p != null) {
                return p;
            }
            p = traitProperty(index, c, name, new HashSet<>());
            if (p != null) {
                return new Property(p.name(), c.fqn(), p.modifiers(), p.type(), p.defaultValue(), p.origin(),
                        p.promoted(), p.hooked(), p.doc());
            }
            p = c.docProperties().get(name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Property traitProperty(SymbolIndex index, Symbols.Class c, String name, Set<String> seen) {
        for (String t : c.traits()) {
            Symbols.Class trait = index.clazz(t);
            if (trait != null && seen.add(trait.key())) {
                Property p = trait.properties().get(name);
                if (p == null) {
                    p = traitProperty(index, trait, name, seen);
                }
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    static ClassConst findConstant(SymbolIndex index, String fqn, String name) {
        for (Symbols.Class c : index.hierarchy(fqn, new HashSet<>())) {
            ClassConst k = c.constants().get(name);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    static Lookup<Method> lookupMethod(SymbolIndex index, String fqn, String name, boolean isStatic) {
        Method m = findMethod(index, fqn, name);
        if (m != null) {
            return new Lookup<>(Answer.FOUND, m, Set.of());
        }
        Set<String> unknown = new LinkedHashSet<>();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean magic = false;
        for (Symbols.Class c : index.hierarchy(fqn, unknown)) {
            Method found = c.method(lower) != null ? c.method(lower) : c.docMethods().get(lower);
            if (found != null) {
                // Reached through a mixin or a trait's trait: it exists, however PHP gets there.
                return new Lookup<>(Answer.FOUND, found, Set.of());
            }
            magic |= c.method("__call") != null || isStatic && c.method("__callStatic") != null;
        }
        return answer(magic, unknown);
    }

    static Lookup<Property> lookupProperty(SymbolIndex index, String fqn, String name) {
        Property p = findProperty(index, fqn, name);
        if (p != null) {
            return new Lookup<>(Answer.FOUND, p, Set.of());
        }
        Set<String> unknown = new LinkedHashSet<>();
        boolean magic = false;
        for (Symbols.Class c : index.hierarchy(fqn, unknown)) {
            Property found = c.properties().containsKey(name) ? c.properties().get(name) : c.docProperties().get(name);
            if (found != null) {
                return new Lookup<>(Answer.FOUND, found, Set.of());
            }
            magic |= c.method("__get") != null || c.flags().dynamicProperties();
        }
        return answer(magic, unknown);
    }

    static Lookup<ClassConst> lookupConstant(SymbolIndex index, String fqn, String name) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Symbols.Class c : index.hierarchy(fqn, unknown)) {
            ClassConst k = c.constants().get(name);
            if (k != null) {
                return new Lookup<>(Answer.FOUND, k, Set.of());
            }
            if (c.cases().containsKey(name)) {
                return new Lookup<>(Answer.FOUND, null, Set.of());
            }
        }
        return answer(false, unknown);
    }

    private static <M> Lookup<M> answer(boolean magic, Set<String> unknown) {
        if (magic) {
            return new Lookup<>(Answer.MAGIC, null, Set.of());
        }
        return unknown.isEmpty() ? new Lookup<>(Answer.MISSING, null, Set.of()) : new Lookup<>(Answer.UNKNOWN, null, unknown);
    }
}
