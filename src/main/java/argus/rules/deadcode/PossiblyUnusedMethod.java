package argus.rules.deadcode;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.Needs;
import argus.rules.ProjectRule;
import argus.rules.RuleInfo;
import argus.usage.Declaration;
import argus.usage.ProjectUsage;

/**
 * Whole-project mode: "possibly" because a method may be called by code outside the project, or through a value whose class argus does not know when no call of that name exists.
 */
@RuleInfo(id = "PossiblyUnusedMethod", category = Category.DEAD_CODE, severity = Severity.NOTE, summary = "A public or protected method that nothing in the project calls (--find-dead-code)",
        enabledByDefault = false, precision = RuleInfo.Precision.MEDIUM, needs = Needs.FLOW)
public final class PossiblyUnusedMethod implements ProjectRule {
    @Override
    public void check(ProjectUsage project, Sink out) {
        UnusedDeclarations.report(project, Declaration.Kind.METHOD, "called", out);
    }
}
