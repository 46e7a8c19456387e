package argus.rules.deadcode;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.Needs;
import argus.rules.ProjectRule;
import argus.rules.RuleInfo;
import argus.usage.Declaration;
import argus.usage.ProjectUsage;

/**
 * Whole-project mode: a function that no code calls and no string names (hooks and callbacks
 * name functions by string).
 */
@RuleInfo(id = "UnusedFunction", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A function that nothing in the project calls (--find-dead-code)",
        enabledByDefault = false, precision = RuleInfo.Precision.HIGH, needs = Needs.FLOW)
public final class UnusedFunction implements ProjectRule {
    @Override
    public void check(ProjectUsage project, Sink out) {
        UnusedDeclarations.report(project, Declaration.Kind.FUNCTION, "called", out);
    }
}
