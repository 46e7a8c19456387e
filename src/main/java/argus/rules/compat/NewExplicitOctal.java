package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewExplicitOctal", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Explicit octal literal 0o on a PHP version older than 8.1")
public final class NewExplicitOctal implements NodeRule<Expr.IntLit> {
    private static final Feature FEATURE = SyntaxFeatures.get("explicit-octal");

    @Override
    public Class<Expr.IntLit> nodeType() {
        return Expr.IntLit.class;
    }

    @Override
    public void check(Expr.IntLit node, Scope scope, FindingSink out) {
        if (node.raw().length() > 1 && node.raw().charAt(0) == '0' && (node.raw().charAt(1) | 0x20) == 'o') {
            FEATURE.report(node.span(), scope, out);
        }
    }
}
