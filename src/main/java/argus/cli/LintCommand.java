package argus.cli;

import argus.config.PhpVersionRange;
import argus.diag.Severity;
import argus.driver.RuleAnalyzer;
import argus.rules.RuleEngine;
import argus.rules.syntax.ParseError;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;

/**
 * {@code argus lint}: a syntax check of whole trees, like {@code php -l} but in one process and
 * in parallel. It reads no config: what PHP accepts does not depend on a project's settings.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "Check PHP files for syntax errors. Exit codes: 0 none, 1 syntax errors, 2 usage error, 3 internal error.")
final class LintCommand extends FileCommand {
    @Override
    Plan plan(Io io) {
        RuleAnalyzer analyzer = new RuleAnalyzer(RuleEngine.withDefaults(List.of(new ParseError())), PhpVersionRange.NEWEST);
        return new Plan(io.cwd(), List.of("."), path -> false, analyzer, "lint", UnaryOperator.identity(), Severity.ERROR);
    }
}
