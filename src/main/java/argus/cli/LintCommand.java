package argus.cli;

import argus.config.PhpVersionRange;
import argus.driver.Analysis;
import argus.driver.RuleAnalyzer;
import argus.rules.RuleEngine;
import argus.rules.syntax.ParseError;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code argus lint}: a syntax check of whole trees, like {@code php -l} but in one process and in parallel. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "Check PHP files for syntax errors. Exit codes: 0 none, 1 syntax errors, 2 usage error, 3 internal error.")
final class LintCommand extends FileCommand {
    @Override
    Analysis.FileAnalyzer analyzer() {
        return new RuleAnalyzer(RuleEngine.withDefaults(List.of(new ParseError())), PhpVersionRange.NEWEST);
    }

    @Override
    String resultsKey() {
        return "lint";
    }
}
