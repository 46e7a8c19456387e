package argus.rules.deadcode;

import argus.ast.Expr;
import argus.ast.Member;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A local variable assigned and never read, or a value stored and overwritten (or left) before
 * anything reads it. Top-level code is left alone: its variables are globals that other files
 * and functions (`global $x`) may read.
 */
@RuleInfo(id = "UnusedVariable", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A variable or an assigned value that is never read", needs = Needs.FLOW,
        aliases = {"UnusedVariable", "variable.unused"})
public final class UnusedVariable implements NodeRule<Node> {
    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Stmt.FunctionDecl.class, Member.Method.class, Expr.Closure.class);
    }

    @Override
    public void check(Node function, Scope scope, FindingSink out) {
        if (function instanceof Member.Method m && m.body() == null) {
            return;
        }
        VariableUses uses = scope.variableUses(function);
        if (!uses.analysable()) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (Expr.Assign store : uses.statementStores()) {
            String name = ((Expr.Variable) store.target()).name();
            if (LocalNames.ignored(name) || uses.isReferenced(name) || reported.contains(name)) {
                continue;
            }
            boolean entryValue = LocalNames.isParam(function, name) || LocalNames.isCaptured(function, name);
            if (!uses.isRead(name) && !entryValue) {
                reported.add(name);
                if (!KeepAlive.holds(store, scope)) {
                    out.report(store.target(), "Variable $" + name + " is assigned but never used");
                }
            } else if (!uses.storeIsRead(store) && !LocalNames.trivial(store.value())) {
                out.report(store.target(), "The value assigned to $" + name + " is never read");
            }
        }
    }
}
