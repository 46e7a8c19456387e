package argus.rules.types;

import argus.ast.ParseResult;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Trilean;

/**
 * A variable read inside a function, method or closure that some paths reach without assigning
 * it: set in an `if` without `else`, in a loop that may not run, in a `try` that may throw.
 */
@RuleInfo(id = "PossiblyUndefinedVariable", category = Category.TYPES, severity = Severity.WARNING,
        summary = "Read of a variable that only some paths assign", needs = Needs.FLOW, level = 2,
        precision = RuleInfo.Precision.MEDIUM,
        aliases = {"PossiblyUndefinedVariable", "variable.possiblyUndefined"})
public final class PossiblyUndefinedVariable implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        VariableReads.check(file, scope, Trilean.MAYBE,
                (v, name) -> out.report(v, "Variable $" + name + " might not be defined"));
    }
}
