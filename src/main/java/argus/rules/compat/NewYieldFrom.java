package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewYieldFrom", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "yield from on a PHP version older than 7.0")
public final class NewYieldFrom implements NodeRule<Expr.YieldFrom> {
    private static final Feature FEATURE = SyntaxFeatures.get("yield-from");

    @Override
    public Class<Expr.YieldFrom> nodeType() {
        return Expr.YieldFrom.class;
    }

    @Override
    public void check(Expr.YieldFrom node, Scope scope, FindingSink out) {
        FEATURE.report(Locate.at(scope.source(), node.span(), node.span().start(), "yield".length()), scope, out);
    }
}
