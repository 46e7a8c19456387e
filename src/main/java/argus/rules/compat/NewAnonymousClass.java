package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewAnonymousClass", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Anonymous class on a PHP version older than 7.0")
public final class NewAnonymousClass implements NodeRule<Expr.NewAnonymousClass> {
    private static final Feature FEATURE = SyntaxFeatures.get("anonymous-class");

    @Override
    public Class<Expr.NewAnonymousClass> nodeType() {
        return Expr.NewAnonymousClass.class;
    }

    @Override
    public void check(Expr.NewAnonymousClass node, Scope scope, FindingSink out) {
        FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "class", node.span()), scope, out);
    }
}
