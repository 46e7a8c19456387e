package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "RemovedUnsetCast", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "(unset) cast, deprecated in PHP 7.2 and removed in 8.0")
public final class RemovedUnsetCast implements NodeRule<Expr.Cast> {
    private static final Feature FEATURE = SyntaxFeatures.get("unset-cast");

    @Override
    public Class<Expr.Cast> nodeType() {
        return Expr.Cast.class;
    }

    @Override
    public void check(Expr.Cast node, Scope scope, FindingSink out) {
        if (node.kind() == Expr.CastKind.UNSET) {
            FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "unset", node.span()), scope, out);
        }
    }
}
