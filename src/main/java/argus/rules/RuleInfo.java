package argus.rules;

import argus.diag.Category;
import argus.diag.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on its class. {@code id} equals the class's simple name (checked by
 * RuleRegistryTest); {@code summary} is one line of plain text without a trailing period.
 * The long description is data: {@code rules/docs/<id>.md}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    String id();

    Category category();

    Severity severity();

    String summary();

    boolean enabledByDefault() default true;

    /**
     * The least strict `--level` (1..5, 1 strictest) at which the rule still reports: 5 for what
     * is surely wrong, lower for findings that are only possible or that involve `mixed`.
     */
    int level() default 5;

    /** How often a finding is right: SARIF's precision (very-high, high, medium, low). */
    Precision precision() default Precision.HIGH;

    /** CWE numbers for security rules, e.g. {89} (SARIF tag external/cwe/cwe-089). */
    int[] cwe() default {};

    /** 0.0..10.0 for security rules (SARIF security-severity); negative when not a security rule. */
    double securitySeverity() default -1;

    /** What the rule reads beyond the file's syntax; the engine builds no more than the enabled rules need. */
    Needs needs() default Needs.SYNTAX;

    /** Names other tools use for the same problem (Psalm issue types, PHPStan identifiers), for their suppressions. */
    String[] aliases() default {};

    enum Precision {
        VERY_HIGH("very-high"), HIGH("high"), MEDIUM("medium"), LOW("low");

        public final String id;

        Precision(String id) {
            this.id = id;
        }
    }
}
