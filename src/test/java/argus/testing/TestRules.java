package argus.testing;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.Rule;
import argus.rules.RuleInfo;
import argus.rules.deadcode.UnusedSuppression;
import argus.rules.syntax.ParseError;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rules as later phases will declare them (aliases, levels, opt-in), for testing rule selection and
 * suppressions before they exist. Kept outside argus.rules so registry checks never see them.
 */
public final class TestRules {
    private TestRules() {
    }

    @RuleInfo(id = "UnusedVariable", category = Category.DEAD_CODE, severity = Severity.WARNING,
            summary = "test", aliases = {"variable.unused"})
    public static final class UnusedVariable implements Rule {
    }

    @RuleInfo(id = "UndefinedVariable", category = Category.TYPES, severity = Severity.ERROR,
            summary = "test", aliases = {"UndefinedGlobalVariable", "variable.undefined"})
    public static final class UndefinedVariable implements Rule {
    }

    @RuleInfo(id = "PossiblyNullReference", category = Category.NULL_SAFETY, severity = Severity.ERROR,
            summary = "test", level = 3, aliases = {"PossiblyNullReference", "method.nonObject"})
    public static final class PossiblyNullReference implements Rule {
    }

    @RuleInfo(id = "MixedArgument", category = Category.TYPES, severity = Severity.NOTE, summary = "test", level = 1,
            aliases = {"MixedArgument", "argument.type"})
    public static final class MixedArgument implements Rule {
    }

    @RuleInfo(id = "UnusedPublicMethod", category = Category.DEAD_CODE, severity = Severity.NOTE, summary = "test",
            enabledByDefault = false)
    public static final class UnusedPublicMethod implements Rule {
    }

    @RuleInfo(id = "TaintedSql", category = Category.SECURITY, severity = Severity.ERROR, summary = "test",
            aliases = {"TaintedSql"})
    public static final class TaintedSql implements Rule {
    }

    /** The test rules and the registered ones, sorted by id as the registry is. */
    public static final List<Rule> ALL = Stream.of(new UnusedVariable(), new UndefinedVariable(),
                    new PossiblyNullReference(), new MixedArgument(), new UnusedPublicMethod(), new TaintedSql(),
                    new ParseError(), new UnusedSuppression())
            .sorted(Comparator.comparing(Rule::id)).toList();
}
