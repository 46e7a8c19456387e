package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewMatchExpression", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "match expression on a PHP version older than 8.0")
public final class NewMatchExpression implements NodeRule<Expr.Match> {
    private static final Feature FEATURE = SyntaxFeatures.get("match");

    @Override
    public Class<Expr.Match> nodeType() {
        return Expr.Match.class;
    }

    @Override
    public void check(Expr.Match node, Scope scope, FindingSink out) {
        FEATURE.report(Locate.at(scope.source(), node.span(), node.span().start(), "match".length()), scope, out);
    }
}
