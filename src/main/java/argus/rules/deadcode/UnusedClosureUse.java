package argus.rules.deadcode;

import argus.ast.Expr;
import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.flow.VariableUses;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * A variable a closure imports with `use` and never reads (by value), or never touches at all
 * (by reference: writing through it is its point).
 */
@RuleInfo(id = "UnusedClosureUse", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A variable imported into a closure with use that the closure never uses", needs = Needs.PROJECT,
        aliases = {"UnusedClosureUse", "closure.unusedUse"})
public final class UnusedClosureUse implements NodeRule<Expr.Closure> {
    @Override
    public Class<Expr.Closure> nodeType() {
        return Expr.Closure.class;
    }

    @Override
    public void check(Expr.Closure closure, Scope scope, FindingSink out) {
        if (closure.uses().isEmpty()) {
            return;
        }
        VariableUses uses = scope.variableUses(closure);
        if (!uses.analysable()) {
            return;
        }
        for (Part.ClosureUse use : closure.uses()) {
            String name = use.var().name();
            if (LocalNames.ignored(name)) {
                continue;
            }
            boolean used = use.byRef() ? uses.isMentioned(name) : uses.liveAtEntry(name);
            if (!used) {
                out.report(use.var(), "$" + name + " is imported into the closure but never used");
            }
        }
    }
}
