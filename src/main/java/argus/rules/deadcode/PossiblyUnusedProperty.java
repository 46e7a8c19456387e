package argus.rules.deadcode;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.Needs;
import argus.rules.ProjectRule;
import argus.rules.RuleInfo;
import argus.usage.Declaration;
import argus.usage.ProjectUsage;

/**
 * Whole-project mode: a public or protected property whose name no code accesses and no
 * string spells. "Possibly", because code outside the project may use it.
 */
@RuleInfo(id = "PossiblyUnusedProperty", category = Category.DEAD_CODE, severity = Severity.NOTE,
        summary = "A public or protected property that nothing in the project reads or writes (--find-dead-code)",
        enabledByDefault = false, precision = RuleInfo.Precision.MEDIUM, needs = Needs.FLOW)
public final class PossiblyUnusedProperty implements ProjectRule {
    @Override
    public void check(ProjectUsage project, Sink out) {
        UnusedDeclarations.report(project, Declaration.Kind.PROPERTY, "used", out);
    }
}
