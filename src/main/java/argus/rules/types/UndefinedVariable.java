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
 * A variable read inside a function, method or closure before any path assigns it. The flow
 * analysis knows parameters, `global` and `static` variables, `foreach` and `catch` variables,
 * `list()` targets, `$matches` of preg_match() and the like; see {@link VariableReads} for
 * what is left alone.
 */
@RuleInfo(id = "UndefinedVariable", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Read of a variable that no path has assigned", needs = Needs.FLOW,
        aliases = {"UndefinedVariable", "variable.undefined"})
public final class UndefinedVariable implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        VariableReads.check(file, scope, Trilean.NO, (v, name) -> out.report(v, "Undefined variable $" + name));
    }
}
