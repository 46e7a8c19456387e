package argus.rules.deadcode;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.Needs;
import argus.rules.ProjectRule;
import argus.rules.RuleInfo;
import argus.usage.Declaration;
import argus.usage.ProjectUsage;

/**
 * Whole-project mode: a public or protected class constant whose name no code reads and no
 * string spells. "Possibly", because code outside the project may read it.
 */
@RuleInfo(id = "PossiblyUnusedClassConstant", category = Category.DEAD_CODE, severity = Severity.NOTE,
        summary = "A public or protected class constant that nothing in the project reads (--find-dead-code)",
        enabledByDefault = false, precision = RuleInfo.Precision.MEDIUM, needs = Needs.FLOW)
public final class PossiblyUnusedClassConstant implements ProjectRule {
    @Override
    public void check(ProjectUsage project, Sink out) {
        UnusedDeclarations.report(project, Declaration.Kind.CLASS_CONSTANT, "used", out);
    }
}
