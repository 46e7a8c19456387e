package argus.cli;

import argus.config.PhpVersionRange;
import argus.driver.Analysis;
import argus.driver.RuleAnalyzer;
import argus.rules.FileRule;
import argus.rules.NodeRule;
import argus.rules.Rule;
import argus.rules.RuleEngine;
import argus.rules.RuleRegistry;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code argus analyse}: the main command of the contract. */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
        versionProvider = Version.Provider.class,
        description = "Analyse PHP files and folders. "
                + "Exit codes: 0 no errors, 1 errors found, 2 usage error, 3 internal error.")
final class AnalyseCommand extends FileCommand {
    @Override
    Analysis.FileAnalyzer analyzer() {
        List<Rule> rules = RuleRegistry.ALL.stream()
                .filter(r -> r.info().enabledByDefault() && (r instanceof NodeRule<?> || r instanceof FileRule))
                .toList();
        return new RuleAnalyzer(RuleEngine.withDefaults(rules), PhpVersionRange.NEWEST);
    }

    @Override
    String resultsKey() {
        return "analyse";
    }
}
