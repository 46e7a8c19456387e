package argus.flow;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.NameOrExpr;
import argus.ast.Part;
import argus.config.PhpVersion;
import argus.index.BuiltinClass;
import argus.index.BuiltinFunction;
import argus.index.NameContext;
import argus.index.Symbols;
import argus.types.Type;
import argus.types.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a call reaches: the user function or method, or PHP's built-in (one target per distinct
 * signature over the target versions, since a built-in's parameters change between versions),
 * with its parameters as types. Rules about arguments, arity and named arguments share this, so
 * that they agree on what a call means. Unknown callees give no target: a rule then stays quiet.
 */
public final class CallTargets {
    public enum Kind { FUNCTION, METHOD, CONSTRUCTOR, BUILTIN_FUNCTION, BUILTIN_METHOD }

    /**
     * A parameter as the callee declares it. {@code type} is the native declared type (MIXED when
     * none; nullable when the default is null), the one PHP enforces.
     */
    public record Parameter(String name, Type type, boolean typed, boolean optional, boolean variadic, boolean byRef) {
    }

    /**
     * One callee. {@code display} names it as users write it ("strlen()", "Foo::bar()");
     * {@code versions} are the target versions this signature holds in (user code: all of them);
     * {@code function}/{@code method} hold the user declaration, {@code builtin} PHP's.
     */
    public record Target(Kind kind, String display, List<Parameter> params, List<PhpVersion> versions,
                         Symbols.Function function, Symbols.Method method, BuiltinFunction builtin) {
        public boolean variadic() {
            return !params.isEmpty() && params.get(params.size() - 1).variadic();
        }

        /** Arguments a call must pass: up to the last parameter without a default. */
        public int requiredCount() {
            int n = 0;
            for (int i = 0; i < params.size(); i++) {
                if (!params.get(i).optional() && !params.get(i).variadic()) {
                    n = i + 1;
                }
            }
            return n;
        }

        public boolean isUserCode() {
            return kind == Kind.FUNCTION || kind == Kind.METHOD || kind == Kind.CONSTRUCTOR;
        }

        /** The parameter an argument at {@code position} fills, or null past the end of a non-variadic list. */
        public Parameter paramAt(int position) {
            if (position < params.size()) {
                return params.get(position);
            }
            return variadic() ? params.get(params.size() - 1) : null;
        }

        public Parameter paramNamed(String name) {
            for (Parameter p : params) {
                if (p.name().equals(name)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** An argument and the parameter it fills; {@code position} counts from 0. */
    public record Binding(Part.Arg arg, Parameter param, int position) {
    }

    /**
     * Pairs the arguments of a call with the target's parameters: positional ones by position
     * (the variadic parameter takes the rest), named ones by name. Stops at an unpacked
     * argument (`...$args`), whose values land where only run time knows; unknown names are left out.
     */
    public static List<Binding> bind(Target target, List<Part.Arg> args) {
        List<Binding> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            if (a.unpack()) {
                break;
            }
            Parameter p = a.name() != null ? target.paramNamed(a.name().name()) : target.paramAt(i);
            if (p != null) {
                out.add(new Binding(a, p, a.name() != null ? target.params().indexOf(p) : i));
            }
        }
        return out;
    }

    /** The arguments of a call expression (empty for other expressions). */
    public static List<Part.Arg> argsOf(Expr call) {
        if (call instanceof Expr.FuncCall f) {
            return f.callableRef() ? List.of() : f.args();
        }
        if (call instanceof Expr.MethodCall m) {
            return m.callableRef() ? List.of() : m.args();
        }
        if (call instanceof Expr.StaticCall s) {
            return s.callableRef() ? List.of() : s.args();
        }
        if (call instanceof Expr.New n) {
            return n.args();
        }
        return List.of();
    }

    private final TypeEnv env;
    private final NameContext names;
    private final String selfClass;
    private final Function<Expr, Type> typeOf;

    /**
     * @param selfClass the class around the call (for self/static/parent), or null
     * @param typeOf    the inferred type of an expression (the receiver of a method call)
     */
    public CallTargets(TypeEnv env, NameContext names, String selfClass, Function<Expr, Type> typeOf) {
        this.env = env;
        this.names = names;
        this.selfClass = selfClass;
        this.typeOf = typeOf;
    }

    /** The targets of a call expression (FuncCall, MethodCall, StaticCall, New); empty when unknown. */
    public List<Target> of(Expr call) {
        if (call instanceof Expr.FuncCall f && f.callee() instanceof Name name) {
            return function(name);
        }
        if (call instanceof Expr.MethodCall m && m.name() instanceof Identifier id) {
            List<Target> out = new ArrayList<>();
            for (String cls : classesOf(typeOf.apply(m.object()))) {
                List<Target> t = method(cls, id.name(), Kind.METHOD);
                if (t.isEmpty()) {
                    // One part of the receiver is unknown: what the call means is unknown.
                    return List.of();
                }
                out.addAll(t);
            }
            return out;
        }
        if (call instanceof Expr.StaticCall s && s.name() instanceof Identifier id) {
            String cls = className(s.cls());
            return cls == null ? List.of() : method(cls, id.name(), Kind.METHOD);
        }
        if (call instanceof Expr.New n && n.cls() instanceof Name name && !name.is("static")) {
            String cls = className(name);
            return cls == null ? List.of() : method(cls, "__construct", Kind.CONSTRUCTOR);
        }
        return List.of();
    }

    private String className(NameOrExpr cls) {
        if (!(cls instanceof Name name)) {
            return null;
        }
        String resolved = names.resolveClass(name);
        return switch (resolved) {
            case "self", "static" -> selfClass;
            case "parent" -> env.parentOf(selfClass);
            default -> resolved;
        };
    }

    private static List<String> classesOf(Type receiver) {
        List<String> out = new ArrayList<>();
        for (Type m : receiver instanceof Type.Union u ? u.members() : List.of(receiver)) {
            if (m instanceof Type.Obj o) {
                out.add(o.name());
            } else if (m instanceof Type.StaticType s) {
                out.add(s.bound());
            } else if (m instanceof Type.Null) {
                continue;
            } else {
                return List.of();
            }
        }
        return out;
    }

    private List<Target> function(Name name) {
        Symbols.Function user = env.userFunction(name, names);
        if (user != null) {
            return List.of(new Target(Kind.FUNCTION, user.fqn() + "()",
                    userParams(user.signature(), user.origin().names(), null), env.targetVersions(), user, null, null));
        }
        BuiltinFunction builtin = env.builtinFunction(name, names);
        if (builtin == null) {
            return List.of();
        }
        List<Target> out = new ArrayList<>();
        Set<argus.index.Signature> seen = new LinkedHashSet<>();
        for (PhpVersion v : env.targetVersions()) {
            argus.index.Signature s = builtin.signatureIn(v);
            if (s != null && seen.add(s)) {
                out.add(new Target(Kind.BUILTIN_FUNCTION, builtin.name() + "()", builtinParams(s.params()),
                        versionsOf(builtin, s), null, null, builtin));
            }
        }
        return out;
    }

    private List<PhpVersion> versionsOf(BuiltinFunction f, argus.index.Signature s) {
        List<PhpVersion> out = new ArrayList<>();
        for (PhpVersion v : env.targetVersions()) {
            if (f.signatureIn(v) == s) {
                out.add(v);
            }
        }
        return out;
    }

    private List<Target> method(String cls, String name, Kind kind) {
        Symbols.Method m = env.index().findMethod(cls, name);
        if (m != null) {
            String display = shortName(m.declaringClass()) + "::" + m.name() + "()";
            return List.of(new Target(kind, display, userParams(m.signature(), m.origin().names(), m.declaringClass()),
                    env.targetVersions(), null, m, null));
        }
        String builtinClass = builtinAncestor(cls);
        if (builtinClass == null) {
            return List.of();
        }
        BuiltinClass.Member<BuiltinClass.MethodVariant> bm = env.builtins().method(builtinClass, name);
        if (bm == null) {
            return List.of();
        }
        List<Target> out = new ArrayList<>();
        Set<BuiltinClass.MethodVariant> seen = new LinkedHashSet<>();
        for (PhpVersion v : env.targetVersions()) {
            BuiltinClass.MethodVariant mv = bm.nearestVariant(v);
            if (mv != null && seen.add(mv)) {
                List<PhpVersion> versions = new ArrayList<>();
                for (PhpVersion w : env.targetVersions()) {
                    if (bm.nearestVariant(w) == mv) {
                        versions.add(w);
                    }
                }
                out.add(new Target(kind == Kind.CONSTRUCTOR ? Kind.CONSTRUCTOR : Kind.BUILTIN_METHOD,
                        shortName(builtinClass) + "::" + bm.name() + "()", builtinParams(mv.params()), versions,
                        null, null, null));
            }
        }
        return out;
    }

    /** The first class up the parents of {@code cls} that PHP defines, or null. */
    private String builtinAncestor(String cls) {
        String c = cls;
        for (int depth = 0; c != null && depth < 64; depth++) {
            Symbols.Class user = env.index().clazz(c);
            if (user == null) {
                return env.builtins().clazz(c) != null ? c : null;
            }
            c = user.parent();
        }
        return null;
    }

    private List<Parameter> userParams(Symbols.Signature sig, NameContext declNames, String declaringClass) {
        List<Parameter> out = new ArrayList<>();
        for (Symbols.Param p : sig.params()) {
            Type t = env.fromHint(p.type(), declNames, declaringClass);
            if (p.type() != null && p.defaultValue() instanceof Expr.NullLit) {
                t = Types.nullable(t);
            }
            out.add(new Parameter(p.name(), t, p.type() != null, p.optional(), p.variadic(), p.byRef()));
        }
        return out;
    }

    private List<Parameter> builtinParams(List<argus.index.Param> params) {
        List<Parameter> out = new ArrayList<>();
        for (argus.index.Param p : params) {
            Type t = p.type() == null ? Type.MIXED : env.notation(p.type());
            out.add(new Parameter(p.name(), t, p.type() != null, p.optional(), p.variadic(), p.byRef()));
        }
        return out;
    }

    private static String shortName(String fqn) {
        int i = fqn.lastIndexOf('\\');
        return i < 0 ? fqn : fqn.substring(i + 1);
    }
}
