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
 * A call of a method of the project (or its vendor folder) marked `@deprecated` or
 * `#[\Deprecated]`, on a receiver whose class is known. Calls from deprecated code, and a
 * method's call of the deprecated method it overrides (`parent::m()`), are left alone.
 */
@RuleInfo(id = "CallToDeprecatedMethod", category = Category.TYPES, severity = Severity.WARNING,
        summary = "Call of a method marked @deprecated or #[\\Deprecated]", needs = Needs.FLOW,
        aliases = {"method.deprecated", "staticMethod.deprecated"})
public final class CallToDeprecatedMethod implements NodeRule<Expr> {
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
        if (call instanceof Expr.MethodCall m && m.name() instanceof Identifier i) {
            List<String> classes = MemberCheck.receiverClasses(scope.typeOf(m.object()));
            if (classes == null || classes.size() != 1) {
                return;
            }
            cls = classes.get(0);
            id = i;
        } else if (call instanceof Expr.StaticCall s && s.cls() instanceof Name n && s.name() instanceof Identifier i
                && !n.is("parent")) {
            cls = Known.resolveClass(scope, n);
            id = i;
        } else {
            return;
        }
        Symbols.Method m = cls == null ? null : scope.index().findMethod(cls, id.name());
        if (m == null || !m.deprecated() || DeprecatedCalls.insideDeprecated(scope)) {
            return;
        }
        out.report(id, "Call to deprecated method " + UndefinedMethod.display(scope, m.declaringClass()) + "::"
                + m.name() + "()" + CallToDeprecatedFunction.reason(m.origin().docComment()));
    }
}
