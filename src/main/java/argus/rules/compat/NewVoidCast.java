package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewVoidCast", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "(void) cast on a PHP version older than 8.5")
public final class NewVoidCast implements NodeRule<Expr.Cast> {
    private static final Feature FEATURE = SyntaxFeatures.get("void-cast");

    @Override
    public Class<Expr.Cast> nodeType() {
        return Expr.Cast.class;
    }

    @Override
    public void check(Expr.Cast node, Scope scope, FindingSink out) {
        if (node.kind() == Expr.CastKind.VOID) {
            FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "void", node.span()), scope, out);
        }
    }
}
