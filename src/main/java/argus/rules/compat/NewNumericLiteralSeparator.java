package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewNumericLiteralSeparator", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Numeric literal separator _ on a PHP version older than 7.4")
public final class NewNumericLiteralSeparator implements NodeRule<Expr> {
    private static final Feature FEATURE = SyntaxFeatures.get("numeric-separator");

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.IntLit.class, Expr.FloatLit.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        String raw = node instanceof Expr.IntLit i ? i.raw() : ((Expr.FloatLit) node).raw();
        if (raw.indexOf('_') >= 0) {
            FEATURE.report(node.span(), scope, out);
        }
    }
}
