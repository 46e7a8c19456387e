package argus.rules.compat;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewObjectInInitializer", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "new in an initializer on a PHP version older than 8.1")
public final class NewObjectInInitializer implements NodeRule<Node> {
    private static final Feature FEATURE = SyntaxFeatures.get("new-in-initializer");

    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    /** The initializers 8.1 opened to `new`: parameter defaults, static variables, global constants, attribute arguments. */
    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Part.Param.class, Part.StaticVar.class, Stmt.Const.class, Part.Attribute.class);
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        if (node instanceof Part.Param p) {
            report(p.defaultValue(), scope, out);
        } else if (node instanceof Part.StaticVar v) {
            report(v.init(), scope, out);
        } else if (node instanceof Stmt.Const c) {
            c.items().forEach(i -> report(i.value(), scope, out));
        } else {
            ((Part.Attribute) node).args().forEach(a -> report(a.value(), scope, out));
        }
    }

    private static void report(Expr initializer, Scope scope, FindingSink out) {
        Expr.New first = firstNew(initializer);
        if (first != null) {
            FEATURE.report(Locate.at(scope.source(), first.span(), first.span().start(), "new".length()), scope, out);
        }
    }

    private static Expr.New firstNew(Expr expr) {
        Expr.New[] found = new Expr.New[1];
        new AstScanner() {
            @Override
            public Void visitNew(Expr.New node) {
                if (found[0] == null) {
                    found[0] = node;
                }
                return null;
            }
        }.scan(expr);
        return found[0];
    }
}
