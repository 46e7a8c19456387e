package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewArrowFunction", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Arrow function on a PHP version older than 7.4")
public final class NewArrowFunction implements NodeRule<Expr.ArrowFunction> {
    private static final Feature FEATURE = SyntaxFeatures.get("arrow-function");

    @Override
    public Class<Expr.ArrowFunction> nodeType() {
        return Expr.ArrowFunction.class;
    }

    @Override
    public void check(Expr.ArrowFunction node, Scope scope, FindingSink out) {
        FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "fn", node.span()), scope, out);
    }
}
