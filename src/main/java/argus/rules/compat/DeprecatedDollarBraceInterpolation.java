package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "DeprecatedDollarBraceInterpolation", category = Category.COMPATIBILITY, severity = Severity.WARNING,
        summary = "String interpolation ${var}, deprecated since PHP 8.2")
public final class DeprecatedDollarBraceInterpolation implements NodeRule<Expr> {
    private static final Feature FEATURE = SyntaxFeatures.get("dollar-brace-interpolation");

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.Interpolated.class, Expr.ShellExec.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        List<Expr> parts = node instanceof Expr.Interpolated i ? i.parts() : ((Expr.ShellExec) node).parts();
        byte[] b = scope.source().bytes();
        for (Expr part : parts) {
            // The AST cannot tell "${x}" from "$x", but a part written `${` starts its span there;
            // `{${x}}` is the accepted `{$` form holding a variable variable.
            int at = part.span().start();
            if (!(part instanceof Expr.StringLit) && at + 1 < b.length && b[at] == '$' && b[at + 1] == '{'
                    && (at == 0 || b[at - 1] != '{')) {
                FEATURE.report(part.span(), scope, out);
            }
        }
    }
}
