package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.Part;
import argus.config.PhpVersion;
import argus.index.BuiltinClass;
import argus.index.BuiltinFunction;
import argus.index.Presence;
import argus.index.Symbols;
import argus.rules.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a call reaches, as parameter lists: one for a function or method of the project, one per
 * group of targeted PHP versions with the same parameters for a built-in (so that a call valid
 * on 8.x but not on 7.4 is judged for 7.4 too). Null when the target is unknown, magic
 * (`@method`, `__call`), declared twice with different signatures, or the call unpacks arguments.
 */
record CallTarget(String display, List<Shape> shapes, boolean dynamicArgs) {
    record P(String name, boolean optional, boolean variadic) {
    }

    /** The parameters in some versions; {@code versions} is empty for the project's own code. */
    record Shape(List<P> params, List<PhpVersion> versions) {
        boolean variadic() {
            return !params.isEmpty() && params.get(params.size() - 1).variadic();
        }

        /** Arguments needed by position: up to the last parameter without a default. */
        int required() {
            int n = 0;
            for (int i = 0; i < params.size(); i++) {
                if (!params.get(i).optional() && !params.get(i).variadic()) {
                    n = i + 1;
                }
            }
            return n;
        }

        String on() {
            if (versions.isEmpty()) {
                return "";
            }
            PhpVersion lo = versions.get(0);
            PhpVersion hi = versions.get(versions.size() - 1);
            return " on PHP " + (lo.equals(hi) ? lo : lo + ".." + hi);
        }
    }

    /** The rules that count and name arguments each ask at the call's own node. */
    static CallTarget of(Expr call, Scope scope) {
        return scope.nodeFact(CallTarget.class, call, () -> resolve(call, scope));
    }

    private static CallTarget resolve(Expr call, Scope scope) {
        List<Part.Arg> args = args(call);
        if (args == null || args.stream().anyMatch(Part.Arg::unpack)) {
            return null;
        }
        if (call instanceof Expr.FuncCall f && !f.callableRef() && f.callee() instanceof Name n) {
            return function(n, scope);
        }
        if (call instanceof Expr.MethodCall m && !m.callableRef() && m.name() instanceof Identifier id) {
            List<String> classes = MemberCheck.receiverClasses(scope.typeOf(m.object()));
            return classes == null || classes.size() != 1 ? null : method(classes.get(0), id.name(), false, scope);
        }
        if (call instanceof Expr.StaticCall s && !s.callableRef() && s.cls() instanceof Name n && !n.is("static")
                && s.name() instanceof Identifier id) {
            String cls = Known.resolveClass(scope, n);
            return cls == null ? null : method(cls, id.name(), true, scope);
        }
        if (call instanceof Expr.New n && n.cls() instanceof Name name && !name.is("static")) {
            String cls = Known.resolveClass(scope, name);
            return cls == null ? null : method(cls, "__construct", false, scope);
        }
        return null;
    }

    static List<Part.Arg> args(Expr call) {
        if (call instanceof Expr.FuncCall f) {
            return f.args();
        }
        if (call instanceof Expr.MethodCall m) {
            return m.args();
        }
        if (call instanceof Expr.StaticCall s) {
            return s.args();
        }
        return call instanceof Expr.New n ? n.args() : null;
    }

    private static CallTarget function(Name n, Scope scope) {
        Symbols.Function f = scope.types().userFunction(n, scope.names());
        if (f != null) {
            if (scope.index().duplicateFunctions().containsKey(f.key())) {
                return null;
            }
            return user(f.fqn() + "()", f.signature(), f.dynamicArgs());
        }
        BuiltinFunction b = scope.types().builtinFunction(n, scope.names());
        if (b == null) {
            return null;
        }
        List<Shape> shapes = new ArrayList<>();
        for (PhpVersion v : PhpVersion.KNOWN) {
            if (trusted(v, scope) && b.presenceIn(v) == Presence.PRESENT) {
                add(shapes, builtinParams(b.signatureIn(v).params()), v);
            }
        }
        return shapes.isEmpty() || b.facts().construct() ? null : new CallTarget(b.name() + "()", shapes, false);
    }

    private static CallTarget method(String cls, String name, boolean isStatic, Scope scope) {
        MemberCheck.Result<Symbols.Method> r = MemberCheck.method(scope, cls, name, isStatic);
        if (r.verdict() != MemberCheck.Verdict.FOUND) {
            return null;
        }
        Symbols.Method m = r.member();
        if (m != null) {
            return m.isMagic() ? null : user(UndefinedMethod.display(scope, m.declaringClass()) + "::" + m.name() + "()",
                    m.signature(), m.dynamicArgs());
        }
        // PHP's own method, on the class or the first of its ancestors that PHP declares.
        Set<String> unknown = new TreeSet<>();
        scope.index().hierarchy(cls, unknown);
        for (String a : unknown.isEmpty() ? Set.of(cls) : unknown) {
            BuiltinClass.Member<BuiltinClass.MethodVariant> bm = Known.builtins().method(a, name);
            if (bm != null) {
                List<Shape> shapes = new ArrayList<>();
                for (PhpVersion v : PhpVersion.KNOWN) {
                    BuiltinClass.MethodVariant mv = trusted(v, scope) ? bm.variantIn(v) : null;
                    if (mv != null) {
                        add(shapes, builtinParams(mv.params()), v);
                    }
                }
                return shapes.isEmpty() ? null : new CallTarget(UndefinedMethod.display(scope, a) + "::" + bm.name() + "()",
                        shapes, false);
            }
        }
        return null;
    }

    /**
     * Built-in signatures are trusted from PHP 8.0 on, whose stubs are checked against what the
     * functions parse; PHP 7's Reflection data often disagrees with what a function accepts
     * (implode's one-argument form has two required parameters there), so 7.x is not judged.
     */
    private static boolean trusted(PhpVersion v, Scope scope) {
        return scope.phpVersions().contains(v) && v.major() >= 8;
    }

    private static CallTarget user(String display, Symbols.Signature sig, boolean dynamicArgs) {
        List<P> ps = new ArrayList<>();
        for (Symbols.Param p : sig.params()) {
            ps.add(new P(p.name(), p.optional(), p.variadic()));
        }
        return new CallTarget(display, List.of(new Shape(ps, List.of())), dynamicArgs);
    }

    private static List<P> builtinParams(List<argus.index.Param> params) {
        List<P> out = new ArrayList<>();
        for (argus.index.Param p : params) {
            out.add(new P(p.name(), p.optional(), p.variadic()));
        }
        return out;
    }

    private static void add(List<Shape> shapes, List<P> params, PhpVersion v) {
        Shape last = shapes.isEmpty() ? null : shapes.get(shapes.size() - 1);
        if (last != null && Objects.equals(last.params(), params)) {
            List<PhpVersion> vs = new ArrayList<>(last.versions());
            vs.add(v);
            shapes.set(shapes.size() - 1, new Shape(params, vs));
        } else {
            shapes.add(new Shape(params, List.of(v)));
        }
    }
}
