package argus.rules.deadcode;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.Needs;
import argus.rules.ProjectRule;
import argus.rules.RuleInfo;
import argus.usage.Declaration;
import argus.usage.ProjectUsage;

/**
 * Whole-project mode: a named class, interface, trait or enum that no code, string or docblock
 * of the project names. What counts as a use is decided by {@link ProjectUsage}.
 */
@RuleInfo(id = "UnusedClass", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A class, interface, trait or enum that nothing in the project uses (--find-dead-code)",
        enabledByDefault = false, precision = RuleInfo.Precision.HIGH, needs = Needs.FLOW)
public final class UnusedClass implements ProjectRule {
    @Override
    public void check(ProjectUsage project, Sink out) {
        UnusedDeclarations.report(project, Declaration.Kind.CLASS, "used", out);
    }
}
