package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewDynamicClassConstantFetch", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Dynamic class constant fetch on a PHP version older than 8.3")
public final class NewDynamicClassConstantFetch implements NodeRule<Expr.ClassConstFetch> {
    private static final Feature FEATURE = SyntaxFeatures.get("dynamic-class-constant");

    @Override
    public Class<Expr.ClassConstFetch> nodeType() {
        return Expr.ClassConstFetch.class;
    }

    @Override
    public void check(Expr.ClassConstFetch node, Scope scope, FindingSink out) {
        if (node.name() instanceof Expr) {
            FEATURE.report(node.span(), scope, out);
        }
    }
}
