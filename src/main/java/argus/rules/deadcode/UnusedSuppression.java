package argus.rules.deadcode;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.Rule;
import argus.rules.RuleInfo;

/**
 * Reported by the suppression step, which alone knows which suppressions matched a finding:
 * an `@argus-ignore` / `@argus-suppress` comment that hid nothing is stale and would hide the
 * next real finding on that line.
 */
@RuleInfo(id = "UnusedSuppression", category = Category.DEAD_CODE, severity = Severity.NOTE,
        summary = "A suppression comment that hides no finding")
public final class UnusedSuppression implements Rule {
    public static String message(String ruleId) {
        return message("@argus-ignore", ruleId);
    }

    /** {@code directive} is the spelling used, {@code @argus-ignore} or {@code @argus-suppress}. */
    public static String message(String directive, String ruleId) {
        return directive + " " + ruleId + " suppresses nothing here";
    }
}
