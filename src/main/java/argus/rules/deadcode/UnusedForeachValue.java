package argus.rules.deadcode;

import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.flow.VariableUses;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * `foreach ($a as $k => $v)` whose body reads the key and never the value: the loop means
 * `foreach (array_keys($a) as $k)`. Without a used key the value variable is the loop's only
 * way to iterate, and nothing is reported.
 */
@RuleInfo(id = "UnusedForeachValue", category = Category.DEAD_CODE, severity = Severity.NOTE,
        summary = "A foreach value variable that is never used while its key is", needs = Needs.PROJECT,
        aliases = {"UnusedForeachValue", "foreach.valueUnused"})
public final class UnusedForeachValue implements NodeRule<Stmt.Foreach> {
    @Override
    public Class<Stmt.Foreach> nodeType() {
        return Stmt.Foreach.class;
    }

    @Override
    public void check(Stmt.Foreach loop, Scope scope, FindingSink out) {
        if (loop.byRef() || !(loop.key() instanceof Expr.Variable) || !(loop.value() instanceof Expr.Variable value)
                || LocalNames.ignored(value.name())) {
            return;
        }
        Node function = scope.enclosingFunction();
        if (function == null) {
            return;
        }
        VariableUses uses = scope.variableUses(function);
        if (uses.analysable() && uses.foreachKeyUsed(loop) && !uses.foreachValueUsed(loop)) {
            out.report(value, "$" + value.name() + " is never used: iterate over array_keys() instead");
        }
    }
}
