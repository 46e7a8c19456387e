package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.Span;

@RuleInfo(id = "NewNullCoalescingAssignment", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Null coalescing assignment ??= on a PHP version older than 7.4")
public final class NewNullCoalescingAssignment implements NodeRule<Expr.CompoundAssign> {
    private static final Feature FEATURE = SyntaxFeatures.get("null-coalescing-assignment");

    @Override
    public Class<Expr.CompoundAssign> nodeType() {
        return Expr.CompoundAssign.class;
    }

    @Override
    public void check(Expr.CompoundAssign node, Scope scope, FindingSink out) {
        if (node.op() == Expr.BinaryOp.COALESCE) {
            Span op = Locate.token(scope.source(), node.span(), node.target().span().end(), node.value().span().start(), "??=");
            FEATURE.report(op == null ? node.span() : op, scope, out);
        }
    }
}
