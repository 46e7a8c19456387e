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
 * A check in a condition that the inferred types make always false: `instanceof` a class the
 * value can never be, `=== null` on a value that is never null, `is_int()` of a string. The code
 * it guards never runs. Psalm's TypeDoesNotContainType (and TypeDoesNotContainNull).
 */
@RuleInfo(id = "TypeDoesNotContainType", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A type check in a condition that is always false", needs = Needs.FLOW,
        aliases = {"TypeDoesNotContainNull", "instanceof.alwaysFalse",
                "identical.alwaysFalse", "notIdentical.alwaysFalse", "function.impossibleType"})
public final class TypeDoesNotContainType implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        for (ConditionTypes.Verdict v : ConditionVerdicts.of(scope).all()) {
            if (!v.alwaysTrue()) {
                out.report(v.at(), v.message());
            }
        }
    }
}
