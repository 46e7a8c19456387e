package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.Span;
import java.util.List;

@RuleInfo(id = "NewNullsafeOperator", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Nullsafe operator ?-> on a PHP version older than 8.0")
public final class NewNullsafeOperator implements NodeRule<Expr> {
    private static final Feature FEATURE = SyntaxFeatures.get("nullsafe");

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.PropertyFetch.class, Expr.MethodCall.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        boolean nullsafe = node instanceof Expr.PropertyFetch p ? p.nullsafe() : ((Expr.MethodCall) node).nullsafe();
        if (nullsafe) {
            Expr object = node instanceof Expr.PropertyFetch p ? p.object() : ((Expr.MethodCall) node).object();
            Span op = Locate.token(scope.source(), node.span(), object.span().end(), node.span().end(), "?->");
            FEATURE.report(op == null ? node.span() : op, scope, out);
        }
    }
}
