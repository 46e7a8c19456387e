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
 * An access to a private property from outside its class, or to a protected one from outside
 * its class hierarchy. Left alone: classes with `__get` / `__set` (PHP sends inaccessible
 * accesses there), `@property` tags, closures in files that rebind closures, code whose class
 * hierarchy argus does not fully know.
 */
@RuleInfo(id = "InaccessibleProperty", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Access to a private or protected property from where it is not visible", needs = Needs.FLOW,
        aliases = {"InaccessibleProperty", "property.private", "property.protected", "staticProperty.private",
            "staticProperty.protected"})
public final class InaccessibleProperty implements NodeRule<Expr> {
    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.PropertyFetch.class, Expr.StaticPropertyFetch.class);
    }

    @Override
    public void check(Expr fetch, Scope scope, FindingSink out) {
        String cls;
        Identifier id;
        if (fetch instanceof Expr.PropertyFetch p && p.name() instanceof Identifier i) {
            List<String> classes = MemberCheck.receiverClasses(scope.typeOf(p.object()));
            if (classes == null || classes.size() != 1) {
                return;
            }
            cls = classes.get(0);
            id = i;
        } else if (fetch instanceof Expr.StaticPropertyFetch s && s.cls() instanceof Name n
                && s.name() instanceof Identifier i) {
            cls = Known.resolveClass(scope, n);
            id = i;
        } else {
            return;
        }
        if (cls == null || scope.index().clazz(cls) == null) {
            return;
        }
        Symbols.Property p = scope.index().findProperty(cls, id.name());
        if (p == null || p.doc() != null || p.modifiers().isPublic()) {
            return;
        }
        String context = Access.context(scope);
        if (Access.visible(scope, p.modifiers(), p.declaringClass(), context)
                || Access.unknowable(scope)
                || Access.hierarchyOpen(scope, cls) || context != null && Access.hierarchyOpen(scope, context)
                || magic(scope, cls, "__get") || magic(scope, cls, "__set")) {
            return;
        }
        out.report(id, "Access to " + Access.visibility(p.modifiers()) + " property "
                + UndefinedMethod.display(scope, p.declaringClass()) + "::$" + p.name() + " from "
                + (context == null ? "outside any class" : "class " + context));
    }

    private static boolean magic(Scope scope, String cls, String method) {
        return scope.index().findMethod(cls, method) != null;
    }
}
