package argus.rules.types;

import argus.index.BuiltinClass;
import argus.index.Builtins;
import argus.index.SymbolIndex;
import argus.index.Symbols;
import argus.rules.Scope;
import argus.types.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a member exists, with PHP's own classes taken into account: the index answers for
 * the project's classes and names the ancestors it does not know; those that PHP declares
 * are searched here. Anything magic or unknown gives UNSURE, which rules never report.
 */
final class MemberCheck {
    enum Verdict { FOUND, MISSING, UNSURE }

    /** {@code member} is the project's declaration when there is one (null for PHP's own members and enum cases). */
    record Result<M>(Verdict verdict, M member) {
        boolean missing() {
            return verdict == Verdict.MISSING;
        }
    }

    /** Classes whose instances take any property: a read of an undeclared one is fine. */
    private static final Set<String> OPEN_CLASSES = Set.of("stdclass", "simplexmlelement", "arrayobject",
            "arrayiterator", "recursivearrayiterator", "domnode", "com", "variant", "soapclient", "closure");

    private MemberCheck() {
    }

    /** A class declared twice (conditional polyfills, alternative implementations): either may be the one loaded. */
    private static boolean declaredTwice(Scope scope, String cls) {
        return scope.index().duplicateClasses().containsKey(cls.toLowerCase(Locale.ROOT));
    }

    static Result<Symbols.Method> method(Scope scope, String cls, String name, boolean isStatic) {
        if (declaredTwice(scope, cls)) {
            return new Result<>(Verdict.UNSURE, null);
        }
        SymbolIndex.Lookup<Symbols.Method> l = scope.index().lookupMethod(cls, name, isStatic);
        return switch (l.answer()) {
            case FOUND -> new Result<>(Verdict.FOUND, l.member());
            case MAGIC -> new Result<>(Verdict.UNSURE, null);
            case MISSING -> new Result<>(Verdict.MISSING, null);
            case UNKNOWN -> builtinAncestors(scope, l.unknownAncestors(), c -> {
                Builtins b = Known.builtins();
                if (b.method(c, name) != null) {
                    return Verdict.FOUND;
                }
                return b.method(c, "__call") != null || isStatic && b.method(c, "__callStatic") != null
                        ? Verdict.UNSURE : Verdict.MISSING;
            });
        };
    }

    static Result<Symbols.Property> property(Scope scope, String cls, String name) {
        if (declaredTwice(scope, cls)) {
            return new Result<>(Verdict.UNSURE, null);
        }
        SymbolIndex.Lookup<Symbols.Property> l = scope.index().lookupProperty(cls, name);
        return switch (l.answer()) {
            case FOUND -> new Result<>(Verdict.FOUND, l.member());
            case MAGIC -> new Result<>(Verdict.UNSURE, null);
            case MISSING -> new Result<>(Verdict.MISSING, null);
            case UNKNOWN -> builtinAncestors(scope, l.unknownAncestors(), c -> {
                List<BuiltinClass> lineage = builtinLineage(c);
                if (lineage.stream().allMatch(b -> b.properties().isEmpty())) {
                    // Classes such as DateInterval expose their fields through internal handlers,
                    // which Reflection of older versions does not list.
                    return Verdict.UNSURE;
                }
                for (BuiltinClass b : lineage) {
                    if (OPEN_CLASSES.contains(b.name().toLowerCase(Locale.ROOT)) || b.method("__get") != null) {
                        return Verdict.UNSURE;
                    }
                    if (b.property(name) != null) {
                        return Verdict.FOUND;
                    }
                }
                return Verdict.MISSING;
            });
        };
    }

    static Result<Symbols.ClassConst> constant(Scope scope, String cls, String name) {
        if (declaredTwice(scope, cls)) {
            return new Result<>(Verdict.UNSURE, null);
        }
        SymbolIndex.Lookup<Symbols.ClassConst> l = scope.index().lookupConstant(cls, name);
        return switch (l.answer()) {
            case FOUND -> new Result<>(Verdict.FOUND, l.member());
            case MAGIC -> new Result<>(Verdict.UNSURE, null);
            case MISSING -> new Result<>(Verdict.MISSING, null);
            case UNKNOWN -> builtinAncestors(scope, l.unknownAncestors(), c -> {
                for (BuiltinClass b : builtinLineage(c)) {
                    if (b.constant(name) != null || b.enumCase(name) != null) {
                        return Verdict.FOUND;
                    }
                }
                return Verdict.MISSING;
            });
        };
    }

    /** Judges each ancestor the index lacks: MISSING only when all are PHP's own and none has the member. */
    private static <M> Result<M> builtinAncestors(Scope scope, Set<String> unknown,
                                                  java.util.function.Function<String, Verdict> judge) {
        for (String a : unknown) {
            if (Known.builtinClass(a) == null || scope.index().aliasOf(a) != null) {
                return new Result<>(Verdict.UNSURE, null);
            }
            Verdict v = judge.apply(a);
            if (v != Verdict.MISSING) {
                return new Result<>(v, null);
            }
        }
        return new Result<>(Verdict.MISSING, null);
    }

    /** A built-in class with its parents and interfaces, over every version's hierarchy. */
    static List<BuiltinClass> builtinLineage(String cls) {
        List<BuiltinClass> out = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>(List.of(cls));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            BuiltinClass c = Known.builtinClass(todo.poll());
            if (c == null || !seen.add(c.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(c);
            for (BuiltinClass.Variant v : c.variants()) {
                if (v.parent() != null) {
                    todo.add(v.parent());
                }
                todo.addAll(v.interfaces());
            }
        }
        return out;
    }

    /**
     * Whether a class below {@code cls} (the project's or PHP's) declares the method: then a
     * value typed {@code cls} may well have it (a DOMNode that is a DOMElement), and the call is
     * at worst a too-wide declared type, not a sure error. Costly; asked only before reporting.
     */
    static boolean subclassHasMethod(Scope scope, String cls, String name) {
        return subclassHas(scope, cls, c -> scope.index().findMethod(c.fqn(), name) != null,
                b -> Known.builtins().method(b, name) != null);
    }

    static boolean subclassHasProperty(Scope scope, String cls, String name) {
        return subclassHas(scope, cls, c -> scope.index().findProperty(c.fqn(), name) != null
                || c.flags().assignedOnThis().contains(name), b -> {
                    for (BuiltinClass x : builtinLineage(b)) {
                        if (x.property(name) != null) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    private static boolean subclassHas(Scope scope, String cls, java.util.function.Predicate<Symbols.Class> project,
                                       java.util.function.Predicate<String> builtin) {
        String lower = cls.toLowerCase(Locale.ROOT);
        for (Symbols.Class c : scope.index().instancesOf(cls)) {
            if (!c.key().equals(lower) && project.test(c)) {
                return true;
            }
        }
        for (String key : Known.builtins().classKeys()) {
            if (!key.equals(lower)) {
                List<BuiltinClass> lineage = builtinLineage(key);
                boolean below = false;
                for (BuiltinClass b : lineage) {
                    below |= b.name().equalsIgnoreCase(cls);
                }
                if (below && builtin.test(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The classes a receiver's type says it is an instance of, or null when it may be anything
     * else too (mixed, object, a union with a non-object other than null): such receivers are
     * not judged.
     */
    static List<String> receiverClasses(Type t) {
        List<String> out = new ArrayList<>();
        for (Type m : t instanceof Type.Union u ? u.members() : List.of(t)) {
            if (m instanceof Type.Obj o) {
                out.add(o.name());
            } else if (m instanceof Type.StaticType s && s.bound() != null) {
                out.add(s.bound());
            } else if (m instanceof Type.ClosureType) {
                out.add("Closure");
            } else if (!(m instanceof Type.Null)) {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }
}
