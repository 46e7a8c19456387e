package argus.rules.deadcode;

import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

/**
 * A statement no path reaches: after `return`, `throw`, `exit`, `break`, `continue`, a call of a
 * function that never returns, or a loop that never ends. Only the first statement of each dead
 * run is reported; what follows it is the same mistake.
 */
@RuleInfo(id = "UnreachableCode", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "Code that can never run", needs = Needs.FLOW, aliases = {"UnevaluatedCode", "deadCode.unreachable"})
public final class UnreachableCode implements NodeRule<Stmt> {
    @Override
    public Class<Stmt> nodeType() {
        return Stmt.class;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Class<? extends Stmt>> nodeTypes() {
        List<Class<? extends Stmt>> out = new java.util.ArrayList<>();
        for (Class<?> c : Stmt.class.getPermittedSubclasses()) {
            out.add((Class<? extends Stmt>) c);
        }
        return out;
    }

    @Override
    public void check(Stmt statement, Scope scope, FindingSink out) {
        if (scope.isFirstUnreachable(statement)) {
            out.report(statement, "Unreachable code");
        }
    }
}
