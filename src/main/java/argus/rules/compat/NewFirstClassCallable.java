package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewFirstClassCallable", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "First-class callable syntax f(...) on a PHP version older than 8.1")
public final class NewFirstClassCallable implements NodeRule<Expr> {
    private static final Feature FEATURE = SyntaxFeatures.get("first-class-callable");

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.FuncCall.class, Expr.MethodCall.class, Expr.StaticCall.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        boolean ref = node instanceof Expr.FuncCall f ? f.callableRef()
                : node instanceof Expr.MethodCall m ? m.callableRef() : ((Expr.StaticCall) node).callableRef();
        if (ref) {
            // The `...` of this call is the last one in its span; a receiver may hold others.
            FEATURE.report(Locate.lastTokenOr(scope.source(), node.span(), "...", node.span()), scope, out);
        }
    }
}
