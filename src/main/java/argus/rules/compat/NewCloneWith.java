package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewCloneWith", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "clone with properties on a PHP version older than 8.5")
public final class NewCloneWith implements NodeRule<Expr.Clone> {
    private static final Feature FEATURE = SyntaxFeatures.get("clone-with");

    @Override
    public Class<Expr.Clone> nodeType() {
        return Expr.Clone.class;
    }

    @Override
    public void check(Expr.Clone node, Scope scope, FindingSink out) {
        if (node.withProperties() != null) {
            FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "clone", node.span()), scope, out);
        }
    }
}
