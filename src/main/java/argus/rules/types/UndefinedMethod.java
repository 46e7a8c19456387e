package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.Symbols;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

/**
 * A method call on a receiver whose class is known and has no such method: not declared there,
 * in a parent, trait, interface or `@mixin`, nor in a `@method` tag, with no `__call` (or
 * `__callStatic`) to answer and every ancestor known. Receivers typed mixed, traits (whose
 * `$this` is whatever class uses them) and files testing method_exists() for the name are left
 * alone.
 */
@RuleInfo(id = "UndefinedMethod", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Call of a method that the receiver's class does not have", needs = Needs.FLOW,
        aliases = {"UndefinedMethod", "method.notFound", "staticMethod.notFound"})
public final class UndefinedMethod implements NodeRule<Expr> {
    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.MethodCall.class, Expr.StaticCall.class);
    }

    @Override
    public void check(Expr call, Scope scope, FindingSink out) {
        if (call instanceof Expr.MethodCall m && m.name() instanceof Identifier id) {
            List<String> classes = MemberCheck.receiverClasses(scope.typeOf(m.object()));
            if (classes != null) {
                judge(classes, id, false, scope, out);
            }
        } else if (call instanceof Expr.StaticCall s && s.cls() instanceof Name n && s.name() instanceof Identifier id
                && !n.is("static")) {
            String cls = Known.resolveClass(scope, n);
            if (cls != null) {
                // A static-syntax call may reach __call (from an instance context) as well as __callStatic.
                judge(List.of(cls), id, true, scope, out);
            }
        }
    }

    private static void judge(List<String> classes, Identifier method, boolean isStatic, Scope scope, FindingSink out) {
        for (String cls : classes) {
            Symbols.Class c = scope.index().clazz(cls);
            if (c != null && c.kind() == argus.ast.Stmt.ClassKind.TRAIT) {
                return;
            }
            if (!MemberCheck.method(scope, cls, method.name(), isStatic).missing()) {
                return;
            }
        }
        if (Guards.guarded(scope, method.name())) {
            return;
        }
        for (String cls : classes) {
            Symbols.Class c = scope.index().clazz(cls);
            boolean closed = c != null ? c.isFinal() || c.kind() == argus.ast.Stmt.ClassKind.ENUM : isFinalBuiltin(cls);
            if (!closed && MemberCheck.subclassHasMethod(scope, cls, method.name())) {
                return;
            }
        }
        String cls = classes.get(0);
        out.report(method, "Call to undefined method " + display(scope, cls) + "::" + method.name() + "()"
                + hint(scope, cls, method.name()));
    }

    private static boolean isFinalBuiltin(String cls) {
        var b = Known.builtinClass(cls);
        return b != null && b.variants().stream().allMatch(v -> v.isFinal());
    }

    static String display(Scope scope, String cls) {
        Symbols.Class c = scope.index().clazz(cls);
        if (c != null) {
            return c.fqn();
        }
        var b = Known.builtinClass(cls);
        return b != null ? b.name() : cls;
    }

    private static String hint(Scope scope, String cls, String name) {
        Hints.Nearest nearest = new Hints.Nearest(name);
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        for (Symbols.Class c : scope.index().hierarchy(cls, unknown)) {
            c.methods().values().forEach(m -> nearest.offer(m.name()));
            c.docMethods().values().forEach(m -> nearest.offer(m.name()));
        }
        for (String u : unknown) {
            MemberCheck.builtinLineage(u).forEach(b -> b.methods().values().forEach(m -> nearest.offer(m.name())));
        }
        return nearest.suffix("", "()");
    }
}
