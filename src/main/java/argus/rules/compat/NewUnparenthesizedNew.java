package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Node;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewUnparenthesizedNew", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Member access on new without parentheses on a PHP version older than 8.4")
public final class NewUnparenthesizedNew implements NodeRule<Expr> {
    private static final Feature FEATURE = SyntaxFeatures.get("new-without-parentheses");

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.MethodCall.class, Expr.PropertyFetch.class, Expr.StaticCall.class, Expr.ClassConstFetch.class,
                Expr.StaticPropertyFetch.class, Expr.Index.class, Expr.FuncCall.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        Node inner = node instanceof Expr.MethodCall m ? m.object() : node instanceof Expr.PropertyFetch p ? p.object()
                : node instanceof Expr.StaticCall s ? s.cls() : node instanceof Expr.ClassConstFetch c ? c.cls()
                : node instanceof Expr.StaticPropertyFetch sp ? sp.cls() : node instanceof Expr.Index i ? i.base()
                : ((Expr.FuncCall) node).callee();
        // The AST drops parentheses: `(new A)->b()` shows them only as a span starting before `new`.
        if ((inner instanceof Expr.New || inner instanceof Expr.NewAnonymousClass) && inner.span().start() == node.span().start()) {
            FEATURE.report(Locate.at(scope.source(), node.span(), node.span().start(), "new".length()), scope, out);
        }
    }
}
