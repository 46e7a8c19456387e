package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.Span;

@RuleInfo(id = "NewPipeOperator", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Pipe operator |> on a PHP version older than 8.5")
public final class NewPipeOperator implements NodeRule<Expr.Binary> {
    private static final Feature FEATURE = SyntaxFeatures.get("pipe");

    @Override
    public Class<Expr.Binary> nodeType() {
        return Expr.Binary.class;
    }

    @Override
    public void check(Expr.Binary node, Scope scope, FindingSink out) {
        if (node.op() == Expr.BinaryOp.PIPE) {
            Span op = Locate.token(scope.source(), node.span(), node.left().span().end(), node.right().span().start(), "|>");
            FEATURE.report(op == null ? node.span() : op, scope, out);
        }
    }
}
