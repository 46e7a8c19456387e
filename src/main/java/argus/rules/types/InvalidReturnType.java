package argus.rules.types;

import argus.ast.Expr;
import argus.ast.FunctionLikes;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

/**
 * A `return` whose form the declaration forbids: a value from a `void` function (an arrow
 * function declared `void` always returns its body), a bare `return;` from a function that
 * declares a type, any `return` from a `never` function. PHP refuses to compile these files.
 * Generators are exempt: their `return` sets the generator's final value.
 */
@RuleInfo(id = "InvalidReturnType", category = Category.TYPES, severity = Severity.ERROR,
        summary = "A return statement whose form the declared return type forbids",
        needs = Needs.SYNTAX, aliases = {"InvalidReturnType"})
public final class InvalidReturnType implements NodeRule<Node> {
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
        if (node instanceof Expr.ArrowFunction a) {
            if (FunctionInfo.is(a.returnType(), "void") && !FunctionLikes.isGenerator(a)) {
                out.report(a.body(), "An arrow function declared void must not return a value; its body is returned");
            }
            return;
        }
        Stmt.Return r = (Stmt.Return) node;
        Node fn = scope.enclosingFunction();
        TypeHint hint = fn == null ? null : FunctionLikes.returnType(fn);
        if (hint == null || FunctionLikes.isGenerator(fn)) {
            return;
        }
        String name = FunctionInfo.subject(fn, scope);
        if (FunctionInfo.is(hint, "never")) {
            out.report(r, name + " is declared never and must not return");
        } else if (FunctionInfo.is(hint, "void")) {
            if (r.value() != null) {
                out.report(r, name + " is declared void and must not return a value"
                        + (r.value() instanceof Expr.NullLit ? " (use \"return;\")" : ""));
            }
        } else if (r.value() == null) {
            out.report(r, name + " declares a return type and must return a value");
        }
    }
}
