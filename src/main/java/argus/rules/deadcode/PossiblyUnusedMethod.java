package argus.rules.deadcode;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.Needs;
import argus.rules.ProjectRule;
import argus.rules.RuleInfo;
import argus.usage.Declaration;
import argus.usage.ProjectUsage;

/**
 * Whole-project mode: a public or protected method nothing calls. "Possibly", because code
 * outside the project may call it; a call on a value of unknown class counts for every method
 * of that name.
 */
@RuleInfo(id = "PossiblyUnusedMethod", category = Category.DEAD_CODE, severity = Severity.NOTE,
        summary = "A public or protected method that nothing in the project calls (--find-dead-code)",
        enabledByDefault = false, precision = RuleInfo.Precision.MEDIUM, needs = Needs.FLOW)
public final class PossiblyUnusedMethod implements ProjectRule {
    @Override
    public void check(ProjectUsage project, Sink out) {
        UnusedDeclarations.report(project, Declaration.Kind.METHOD, "called", out);
    }
}
