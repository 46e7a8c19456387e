package argus.rules.deadcode;

import argus.ast.Expr;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * A statement whose expression has no effect: `$a == $b;` (an assignment was meant), `$x;`,
 * `'text';`, `$a + 1;`. Calls, assignments, increments, `new`, `yield`, `include`, `print`,
 * `exit`, `@`-silenced reads and anything that may run user code (`__get`, `__toString`) are
 * effects, or may be.
 */
@RuleInfo(id = "UselessExpression", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "An expression statement that has no effect", aliases = {"UnusedFunctionCall", "expr.resultUnused"})
public final class UselessExpression implements NodeRule<Stmt.ExprStmt> {
    @Override
    public Class<Stmt.ExprStmt> nodeType() {
        return Stmt.ExprStmt.class;
    }

    @Override
    public void check(Stmt.ExprStmt statement, Scope scope, FindingSink out) {
        Expr e = statement.expr();
        if (e instanceof Expr.Error || !SideEffects.pure(e)) {
            return;
        }
        // `'@phan-var Foo $x';` is how Phan takes a type annotation in the middle of code.
        if (e instanceof Expr.StringLit s && s.value().strip().startsWith("@")) {
            return;
        }
        String what = e instanceof Expr.Binary b
                && switch (b.op()) {
                    case EQUAL, IDENTICAL, NOT_EQUAL, NOT_IDENTICAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL -> true;
                    default -> false;
                } ? "The comparison's result is not used (was an assignment meant?)" : "This expression has no effect";
        out.report(statement, what);
    }
}
