package argus.flow;

import argus.ast.Expr;
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
import argus.types.Docblock;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.TypeParser;
import argus.types.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final ConcurrentHashMap<String, ClassDocs> classDocs;
    /** Keyed by the declaration's identity: records hash deeply, and one declaration is one object. */
    private final ConcurrentHashMap<IdentityKey, FnSig> signatures;
    /** Parsed docblocks by text; bounded, since a big project has hundreds of thousands. */
    private final ConcurrentHashMap<String, Docblock> docblocks;
    private static final int MAX_DOCBLOCKS = 20_000;

    private final Bodies bodies;
    private final ConcurrentHashMap<IdentityKey, Type[]> inferred = new ConcurrentHashMap<>();
    private final boolean declaredOnly;

    public TypeEnv(SymbolIndex index, Builtins builtins, PhpVersionRange versions) {
        this(index, builtins, versions, Bodies.NONE);
    }

    /** @param bodies the parses of the project's files, to infer return types across files */
    public TypeEnv(SymbolIndex index, Builtins builtins, PhpVersionRange versions, Bodies bodies) {
        this(index, builtins, versions, bodies, false);
    }

    private TypeEnv(SymbolIndex index, Builtins builtins, PhpVersionRange versions, Bodies bodies, boolean declaredOnly) {
        this.index = index;
        this.builtins = builtins;
        this.versions = versions;
        this.bodies = bodies;
        this.declaredOnly = declaredOnly;
        // Sized for the project up front: growing a concurrent map moves every entry, and these grow
        // to thousands (WordPress: 7,000 signatures, 9,500 docblocks; MediaWiki: 31,000 signatures).
        int declarations = Math.min(1 << 16, index.functionCount() + 8 * index.classCount());
        this.classDocs = new ConcurrentHashMap<>(Math.min(1 << 16, index.classCount()));
        this.signatures = new ConcurrentHashMap<>(declarations);
        this.docblocks = new ConcurrentHashMap<>(declaredOnly ? 16 : Math.min(MAX_DOCBLOCKS, declarations));
    }

    /**
     * The same project seen through its native declarations, PHP's signatures and the code
     * alone: no docblock, no inline `@var`, no inferred return type. What a value may be in
     * this view the code itself says; the default level trusts possibly-null and possibly-false
     * verdicts only when this view agrees (docblocks of legacy code promise null far more often
     * than the code around them expects it).
     */
    public TypeEnv declaredOnly() {
        return declaredOnly ? this : new TypeEnv(index, builtins, versions, bodies, true);
    }

    /** Whether this is the {@link #declaredOnly()} view. */
    public boolean isDeclaredOnly() {
        return declaredOnly;
    }

    Bodies bodies() {
        return bodies;
    }

    /** A return type inferred earlier for a declaration at this depth, or null. */
    Type inferredReturn(Object decl, int depth) {
        Type[] byDepth = inferred.get(new IdentityKey(decl));
        return byDepth == null || depth >= byDepth.length ? null : byDepth[depth];
    }

    /** Keeps an inferred return type; the first one kept wins (any two are equal: inference is deterministic). */
    Type rememberInferredReturn(Object decl, int depth, Type t) {
        Type[] byDepth = inferred.computeIfAbsent(new IdentityKey(decl), k -> new Type[ReturnInference.DEPTH + 1]);
        synchronized (byDepth) {
            if (byDepth[depth] == null) {
                byDepth[depth] = t;
            }
            return byDepth[depth];
        }
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
        List<PhpVersion> out = targetVersions;
        if (out == null) {
            List<PhpVersion> in = new ArrayList<>();
            for (PhpVersion v : PhpVersion.KNOWN) {
                if (versions.contains(v)) {
                    in.add(v);
                }
            }
            out = List.copyOf(in);
            targetVersions = out;
        }
        return out;
    }

    /** Asked for every call; computed once (a race computes the same list twice, harmlessly). */
    private volatile List<PhpVersion> targetVersions;

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

    /** The declared spelling of a class or interface the project or PHP defines; null when none does. */
    public String canonicalClass(String fqn) {
        Symbols.Class c = index.clazz(fqn);
        if (c != null) {
            return c.fqn();
        }
        BuiltinClass b = builtins.clazz(fqn);
        return b == null ? null : b.name();
    }

    // ------------------------------------------------------------------ docblocks

    /** A docblock's tags; never null, never throws (a malformed tag is left out). */
    public Docblock docblock(String raw) {
        if (declaredOnly || raw == null || raw.indexOf('@') < 0) {
            return Docblock.EMPTY;
        }
        // A function's docblock is read for its body and again for each inference of what it returns.
        Docblock doc = docblocks.get(raw);
        if (doc == null) {
            if (docblocks.size() > MAX_DOCBLOCKS) {
                docblocks.clear();
            }
            doc = Docblock.parse(raw);
            docblocks.put(raw, doc);
        }
        return doc;
    }

    /** A docblock read where these templates (a class's, for its members) are in scope. */
    Docblock docblock(String raw, Map<String, Type.TemplateParam> templates) {
        if (declaredOnly || templates.isEmpty() || raw == null || raw.indexOf('@') < 0) {
            return docblock(raw);
        }
        Map<String, Type> bounds = new java.util.HashMap<>();
        templates.forEach((k, v) -> bounds.put(k, v.bound()));
        return Docblock.parse(raw, bounds);
    }

    /** A class's docblock, resolved: templates, supertypes' type arguments, @property, @method. */
    ClassDocs classDocs(String fqn) {
        if (fqn == null) {
            return ClassDocs.NONE;
        }
        String key = fqn.toLowerCase(Locale.ROOT);
        ClassDocs d = classDocs.get(key);
        if (d == null) {
            d = ClassDocs.read(this, fqn);
            classDocs.putIfAbsent(key, d);
        }
        return d;
    }

    /** A project function's parameter and return types, declared and documented. */
    FnSig signature(Symbols.Function f) {
        return signatures.computeIfAbsent(new IdentityKey(f), k -> FnSig.of(this, f.signature().params(),
                f.signature().returnType(), f.origin().docComment(), new DocTypes.Context(f.origin().names(), null, Map.of())));
    }

    /** A project method's parameter and return types, in the context of its class's templates. */
    FnSig signature(Symbols.Method m) {
        FnSig s = signatures.get(new IdentityKey(m));
        if (s == null) {
            DocTypes.Context cx = new DocTypes.Context(m.origin().names(), m.declaringClass(),
                    classDocs(m.declaringClass()).templates());
            s = m.doc() != null && declaredOnly ? FnSig.UNKNOWN
                    : m.doc() != null ? docMethod(m.doc(), cx)
                    : FnSig.of(this, m.signature().params(), m.signature().returnType(), m.origin().docComment(), cx);
            signatures.putIfAbsent(new IdentityKey(m), s);
        }
        return s;
    }

    /** A method only a class docblock declares (`@method`): its types are the tag's. */
    private FnSig docMethod(Docblock.Method doc, DocTypes.Context cx) {
        List<FnSig.P> params = new ArrayList<>();
        for (Docblock.MethodParam p : doc.params()) {
            Type t = p.type() == null ? Type.MIXED : DocTypes.resolve(this, p.type(), cx);
            params.add(new FnSig.P(p.name(), t == null ? Type.MIXED : t, p.byRef(), p.variadic(), p.optional()));
        }
        Type returns = doc.returnType() == null ? null : DocTypes.resolve(this, doc.returnType(), cx);
        return new FnSig(params, returns == null ? Type.MIXED : returns, returns != null, returns != null, Map.of());
    }

    /** A property's declared type refined by its `@var` (a promoted one's by the constructor's `@param`). */
    Type propertyType(Symbols.Property p) {
        FnSig cached = signatures.get(new IdentityKey(p));
        if (cached != null) {
            return cached.returns();
        }
        DocTypes.Context cx = new DocTypes.Context(p.origin().names(), p.declaringClass(),
                classDocs(p.declaringClass()).templates());
        Type declared = p.type() == null ? Type.MIXED : fromHint(p.type(), cx.names(), cx.selfClass());
        Docblock doc = docblock(p.origin().docComment(), cx.templates());
        Type documented = null;
        if (p.doc() != null && declaredOnly) {
            documented = null;
        } else if (p.doc() != null) {
            // A property only the class docblock declares (`@property`); a write-only one reads as mixed.
            documented = p.doc().access() == Docblock.Access.WRITE_ONLY ? null : p.doc().type();
        } else if (p.promoted()) {
            Docblock.Param dp = doc.param(p.name());
            documented = dp == null ? null : dp.type();
        } else {
            for (Docblock.Var v : doc.vars()) {
                if (v.name() == null || v.name().equals(p.name())) {
                    documented = v.type();
                }
            }
        }
        Type resolved = DocTypes.resolve(this, documented, cx);
        if (resolved != null && contradictsDefault(resolved, p.defaultValue())) {
            resolved = null;
        }
        Type t = DocTypes.refine(this, declared, resolved);
        signatures.putIfAbsent(new IdentityKey(p), new FnSig(List.of(), t, true, true, Map.of()));
        return t;
    }

    /**
     * A `@var` its own default value breaks is a stale docblock (PHP_CodeSniffer: `@var integer`
     * on `= []`, `@var void` on `= ''`): the code is the better witness, so the tag is dropped.
     * A null default proves nothing (docblocks routinely leave the initial null out).
     */
    private boolean contradictsDefault(Type documented, Expr value) {
        if (documented instanceof Type.Void) {
            return true;
        }
        Type actual;
        if (value instanceof Expr.ArrayLit a) {
            actual = notation(a.items().isEmpty() ? "array{}" : "array");
        } else if (value instanceof Expr.IntLit) {
            actual = Type.INT;
        } else if (value instanceof Expr.StringLit) {
            actual = Type.STRING;
        } else if (value instanceof Expr.BoolLit) {
            actual = Type.BOOL;
        } else if (value instanceof Expr.FloatLit) {
            actual = Type.FLOAT;
        } else {
            return false;
        }
        return Types.isSubtype(actual, documented, this) == Trilean.NO;
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
