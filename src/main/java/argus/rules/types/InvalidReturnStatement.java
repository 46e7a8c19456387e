package argus.rules.types;

import argus.ast.Expr;
import argus.ast.FunctionLikes;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.flow.Acceptance;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Trilean;
import argus.types.Type;
import java.util.List;

/**
 * A returned value the native return type accepts in no case, with PHP's coercions of the file's
 * mode (weak mode turns `1` into `"1"` for a string return). A value that is only null is left to
 * NullableReturnStatement; docblock return types are not judged here, since they may be wrong
 * where the code is right.
 */
@RuleInfo(id = "InvalidReturnStatement", category = Category.TYPES, severity = Severity.ERROR,
        summary = "A returned value that the declared return type cannot accept",
        needs = Needs.FLOW, aliases = {"InvalidReturnStatement", "return.type"})
public final class InvalidReturnStatement implements NodeRule<Node> {
    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Stmt.Return.class, Expr.ArrowFunction.class);
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        if (node instanceof Stmt.Return r) {
            if (r.value() != null && scope.enclosingFunction() != null) {
                judge(scope.enclosingFunction(), r.value(), r, scope, out);
            }
        } else {
            Expr.ArrowFunction a = (Expr.ArrowFunction) node;
            judge(a, a.body(), a.body(), scope, out);
        }
    }

    private static void judge(Node fn, Expr value, Node at, Scope scope, FindingSink out) {
        TypeHint hint = FunctionLikes.returnType(fn);
        if (hint == null || FunctionInfo.is(hint, "void") || FunctionInfo.is(hint, "never")
                || FunctionLikes.isGenerator(fn)) {
            return;
        }
        Type declared = FunctionInfo.declaredReturn(fn, scope);
        if (declared == null || declared instanceof Type.Mixed) {
            return;
        }
        Type actual = FunctionInfo.valueType(scope, value);
        if (actual instanceof Type.Mixed || actual instanceof Type.Null) {
            return;
        }
        Trilean accepted = new Acceptance(scope.types()).accepts(declared, actual, scope.strictTypes(), false);
        if (accepted == Trilean.NO) {
            out.report(at, FunctionInfo.subject(fn, scope) + " must return " + declared.describe() + ", but "
                    + (at instanceof Stmt.Return ? "this returns " : "its body is ") + actual.describe());
        }
    }
}
