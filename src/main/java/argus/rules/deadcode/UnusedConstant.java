package argus.rules.deadcode;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.Needs;
import argus.rules.ProjectRule;
import argus.rules.RuleInfo;
import argus.usage.Declaration;
import argus.usage.ProjectUsage;

/**
 * Whole-project mode: a global constant ({@code const} or {@code define()}) that no code reads
 * and no string names.
 */
@RuleInfo(id = "UnusedConstant", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A global constant that nothing in the project reads (--find-dead-code)",
        enabledByDefault = false, precision = RuleInfo.Precision.HIGH, needs = Needs.FLOW)
public final class UnusedConstant implements ProjectRule {
    @Override
    public void check(ProjectUsage project, Sink out) {
        UnusedDeclarations.report(project, Declaration.Kind.CONSTANT, "used", out);
    }
}
