package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "RemovedRealCast", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "(real) cast, deprecated in PHP 7.4 and removed in 8.0")
public final class RemovedRealCast implements NodeRule<Expr.Cast> {
    private static final Feature FEATURE = SyntaxFeatures.get("real-cast");

    @Override
    public Class<Expr.Cast> nodeType() {
        return Expr.Cast.class;
    }

    @Override
    public void check(Expr.Cast node, Scope scope, FindingSink out) {
        if (node.kind() == Expr.CastKind.REAL) {
            FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "real", node.span()), scope, out);
        }
    }
}
