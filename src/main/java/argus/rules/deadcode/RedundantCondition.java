package argus.rules.deadcode;

import argus.ast.ParseResult;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * A check in a condition that the inferred types make always true: the branch it guards always
 * runs (or, negated, never does), so either the check or the code it protects is dead weight,
 * and often a sign that the author expected another type. Psalm's RedundantCondition.
 */
@RuleInfo(id = "RedundantCondition", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A type check in a condition that is always true", needs = Needs.FLOW,
        aliases = {"instanceof.alwaysTrue", "identical.alwaysTrue",
                "notIdentical.alwaysTrue", "function.alreadyNarrowedType"})
public final class RedundantCondition implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        for (ConditionTypes.Verdict v : ConditionVerdicts.of(scope).all()) {
            if (v.alwaysTrue()) {
                out.report(v.at(), v.message());
            }
        }
    }
}
