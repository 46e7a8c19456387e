package argus.flow;

import argus.ast.Name;
import argus.ast.TypeHint;
import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import argus.index.BuiltinClass;
import argus.index.BuiltinFunction;
import argus.index.Builtins;
import argus.index.NameContext;
import argus.index.Signature;
import argus.index.SymbolIndex;
import argus.index.Symbols;
import argus.types.ClassHierarchy;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.TypeParser;
import argus.types.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the flow analysis knows about the project: its declarations (the symbol index), PHP's
 * own functions and classes for the targeted versions, and how declared types read as types.
 * One per run, shared by the worker threads; its caches are concurrent.
 */
public final class TypeEnv implements ClassHierarchy {
    private final SymbolIndex index;
    private final Builtins builtins;
    private final PhpVersionRange versions;
    private final ConcurrentHashMap<String, Type> notation = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Type> builtinReturns = new ConcurrentHashMap<>();

    public TypeEnv(SymbolIndex index, Builtins builtins, PhpVersionRange versions) {
        this.index = index;
        this.builtins = builtins;
        this.versions = versions;
    }

    public SymbolIndex index() {
        return index;
    }

    public Builtins builtins() {
        return builtins;
    }

    public PhpVersionRange versions() {
        return versions;
    }

    /** The known versions of the target range, oldest first. */
    public List<PhpVersion> targetVersions() {
        List<PhpVersion> out = new ArrayList<>();
        for (PhpVersion v : PhpVersion.KNOWN) {
            if (versions.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ declared types

    /**
     * A declared type as a type: class names resolved, `self` and `static` bound to
     * {@code selfClass} (nullable outside classes), a `?T` or default null made nullable by the caller.
     */
    public Type fromHint(TypeHint hint, NameContext names, String selfClass) {
        if (hint == null) {
            return Type.MIXED;
        }
        if (hint instanceof TypeHint.Nullable n) {
            return Types.nullable(fromHint(n.inner(), names, selfClass));
        }
        if (hint instanceof TypeHint.Union u) {
            List<Type> parts = new ArrayList<>();
            u.types().forEach(t -> parts.add(fromHint(t, names, selfClass)));
            return Types.joinAll(parts);
        }
        if (hint instanceof TypeHint.Intersection i) {
            Type out = Type.MIXED;
            for (TypeHint t : i.types()) {
                out = Types.meet(out, fromHint(t, names, selfClass));
            }
            return out;
        }
        return named(((TypeHint.Named) hint).name(), names, selfClass);
    }

    private Type named(Name name, NameContext names, String selfClass) {
        String resolved = names.resolveTypeName(name);
        switch (resolved) {
            case "int": return Type.INT;
            case "float": return Type.FLOAT;
            case "string": return Type.STRING;
            case "bool": return Type.BOOL;
            case "true": return Type.TRUE;
            case "false": return Type.FALSE;
            case "null": return Type.NULL;
            case "void": return Type.VOID;
            case "never": return Type.NEVER;
            case "mixed": return Type.MIXED;
            case "object": return Type.OBJECT;
            case "array": return notation("array");
            case "iterable": return notation("iterable");
            case "callable": return notation("callable");
            case "self", "parent":
                String cls = "self".equals(resolved) ? selfClass : parentOf(selfClass);
                return cls == null ? Type.OBJECT : new Type.Obj(cls);
            case "static":
                return selfClass == null ? Type.OBJECT : new Type.StaticType(selfClass);
            default:
                return new Type.Obj(resolved);
        }
    }

    public String parentOf(String cls) {
        if (cls == null) {
            return null;
        }
        Symbols.Class c = index.clazz(cls);
        if (c != null) {
            return c.parent();
        }
        BuiltinClass b = builtins.clazz(cls);
        BuiltinClass.Variant v = b == null ? null : b.nearestVariant(versions.max());
        return v == null ? null : v.parent();
    }

    /** A type in PHP's notation (built-in signatures, overlay facts); MIXED when unreadable. */
    public Type notation(String text) {
        if (text == null) {
            return Type.MIXED;
        }
        return notation.computeIfAbsent(text, t -> {
            TypeParser.Result r = TypeParser.parse(t);
            return r.ok() ? stripLeadingSlashes(r.type()) : Type.MIXED;
        });
    }

    /** Built-in data writes class names with or without a leading backslash; classes here never have one. */
    private static Type stripLeadingSlashes(Type t) {
        if (t instanceof Type.Obj o && o.name().startsWith("\\")) {
            return new Type.Obj(o.name().substring(1), o.args());
        }
        if (t instanceof Type.Union u) {
            List<Type> parts = new ArrayList<>();
            u.members().forEach(m -> parts.add(stripLeadingSlashes(m)));
            return Types.joinAll(parts);
        }
        return t;
    }

    // ------------------------------------------------------------------ functions

    /** The user function a call resolves to (PHP's namespace fallback applied), or null. */
    public Symbols.Function userFunction(Name name, NameContext names) {
        for (String candidate : names.functionCandidates(name)) {
            Symbols.Function f = index.function(candidate);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The built-in function a call resolves to, when no user function of that name exists. */
    public BuiltinFunction builtinFunction(Name name, NameContext names) {
        List<String> candidates = names.functionCandidates(name);
        String global = candidates.get(candidates.size() - 1);
        return global.indexOf('\\') >= 0 ? null : builtins.function(global);
    }

    /**
     * What a built-in function returns over the target versions: the join of each version's
     * declared (or overlay) return type, so `substr` is `string|false` for 7.4..8.4. MIXED when a
     * version's type is unknown.
     */
    public Type builtinReturn(BuiltinFunction f) {
        return builtinReturns.computeIfAbsent(f.name().toLowerCase(Locale.ROOT), k -> {
            Type out = Type.NEVER;
            boolean any = false;
            for (PhpVersion v : targetVersions()) {
                String declared = overlayReturn(f, v);
                if (declared == null) {
                    Signature s = f.signatureIn(v);
                    if (s == null) {
                        continue;
                    }
                    declared = s.returns();
                }
                if (declared == null) {
                    return Type.MIXED;
                }
                out = Types.join(out, notation(declared));
                any = true;
            }
            return any ? out : Type.MIXED;
        });
    }

    private static String overlayReturn(BuiltinFunction f, PhpVersion v) {
        for (var r : f.facts().returns()) {
            if ((r.since() == null || v.compareTo(r.since()) >= 0) && (r.until() == null || v.compareTo(r.until()) <= 0)) {
                return r.type();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ classes

    public boolean classExists(String fqn) {
        return index.clazz(fqn) != null || builtins.clazz(fqn) != null;
    }

    /** Every class and interface an instance of {@code fqn} is, lower-cased; the second value tells whether all were known. */
    Set<String> ancestors(String fqn, boolean[] complete) {
        Set<String> out = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(fqn));
        complete[0] = true;
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!out.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Symbols.Class c = index.clazz(name);
            if (c != null) {
                if (c.parent() != null) {
                    todo.push(c.parent());
                }
                todo.addAll(c.interfaces());
                continue;
            }
            BuiltinClass b = builtins.clazz(name);
            BuiltinClass.Variant v = b == null ? null : b.nearestVariant(versions.max());
            if (v == null) {
                complete[0] = false;
                continue;
            }
            if (v.parent() != null) {
                todo.push(v.parent());
            }
            todo.addAll(v.interfaces());
        }
        return out;
    }

    private boolean isInterface(String fqn) {
        Symbols.Class c = index.clazz(fqn);
        if (c != null) {
            return c.kind() == argus.ast.Stmt.ClassKind.INTERFACE;
        }
        BuiltinClass b = builtins.clazz(fqn);
        BuiltinClass.Variant v = b == null ? null : b.nearestVariant(versions.max());
        return v == null || v.kind() == BuiltinClass.Kind.INTERFACE;
    }

    private boolean isFinal(String fqn) {
        Symbols.Class c = index.clazz(fqn);
        if (c != null) {
            return c.modifiers().isFinal() || c.kind() == argus.ast.Stmt.ClassKind.ENUM;
        }
        BuiltinClass b = builtins.clazz(fqn);
        BuiltinClass.Variant v = b == null ? null : b.nearestVariant(versions.max());
        return v != null && v.isFinal();
    }

    /**
     * YES along the known hierarchy; NO only when it is certain no instance of {@code sub} is a
     * {@code sup}: both fully known, neither below the other, {@code sub} a class, and {@code sup}
     * a class too (a subclass of {@code sub} cannot change its parents) or {@code sub} final.
     */
    @Override
    public Trilean isSubclass(String sub, String sup) {
        if (sub.equalsIgnoreCase(sup)) {
            return Trilean.YES;
        }
        boolean[] subComplete = new boolean[1];
        if (ancestors(sub, subComplete).contains(sup.toLowerCase(Locale.ROOT))) {
            return Trilean.YES;
        }
        boolean[] supComplete = new boolean[1];
        Set<String> supAncestors = ancestors(sup, supComplete);
        if (!subComplete[0] || !supComplete[0] || supAncestors.contains(sub.toLowerCase(Locale.ROOT))) {
            return Trilean.MAYBE;
        }
        return !isInterface(sub) && (!isInterface(sup) || isFinal(sub)) ? Trilean.NO : Trilean.MAYBE;
    }
}
