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
 * A call of a private method from outside its class, or of a protected one from outside its
 * class hierarchy. Left alone: classes with `__call` / `__callStatic` (PHP sends inaccessible
 * calls there), closures in files that rebind closures, code whose class hierarchy argus does
 * not fully know.
 */
@RuleInfo(id = "InaccessibleMethod", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Call of a private or protected method from where it is not visible", needs = Needs.FLOW,
        aliases = {"InaccessibleMethod", "method.private", "method.protected", "staticMethod.private",
            "staticMethod.protected"})
public final class InaccessibleMethod implements NodeRule<Expr> {
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
        String cls;
        Identifier id;
        boolean isStatic;
        if (call instanceof Expr.MethodCall m && m.name() instanceof Identifier i) {
            List<String> classes = MemberCheck.receiverClasses(scope.typeOf(m.object()));
            if (classes == null || classes.size() != 1) {
                return;
            }
            cls = classes.get(0);
            id = i;
            isStatic = false;
        } else if (call instanceof Expr.StaticCall s && s.cls() instanceof Name n && s.name() instanceof Identifier i) {
            cls = Known.resolveClass(scope, n);
            id = i;
            isStatic = true;
        } else {
            return;
        }
        if (cls == null || scope.index().clazz(cls) == null) {
            return;
        }
        MemberCheck.Result<Symbols.Method> r = MemberCheck.method(scope, cls, id.name(), isStatic);
        Symbols.Method m = r.member();
        if (m == null || m.isMagic() || m.modifiers().isPublic()) {
            return;
        }
        String context = Access.context(scope);
        if (Access.visible(scope, m.modifiers(), m.declaringClass(), context)
                || Access.unknowable(scope)
                || Access.hierarchyOpen(scope, cls) || context != null && Access.hierarchyOpen(scope, context)
                || scope.index().lookupMethod(cls, "__call", false).answer() == argus.index.SymbolIndex.Answer.FOUND
                || isStatic && scope.index().lookupMethod(cls, "__callStatic", true).answer()
                == argus.index.SymbolIndex.Answer.FOUND) {
            return;
        }
        out.report(id, "Call to " + Access.visibility(m.modifiers()) + " method "
                + UndefinedMethod.display(scope, m.declaringClass()) + "::" + m.name() + "() from "
                + (context == null ? "outside any class" : "class " + context));
    }
}
