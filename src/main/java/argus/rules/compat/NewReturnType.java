package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewReturnType", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Return type declaration on a PHP version older than 7.0")
public final class NewReturnType implements NodeRule<Node> {
    private static final Feature FEATURE = SyntaxFeatures.get("return-type");

    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Stmt.FunctionDecl.class, Member.Method.class, Expr.Closure.class, Expr.ArrowFunction.class);
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        TypeHint type = TypeRule.returnType(node);
        if (type != null) {
            FEATURE.report(type.span(), scope, out);
        }
    }
}
