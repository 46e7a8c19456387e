package argus.cli;

import picocli.CommandLine.Command;

/**
 * {@code argus analyse}: the main command of the contract. Until the rule engine lands it runs the
 * same checks as {@code lint}, so that the command documented first in the README already works.
 */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
        versionProvider = Version.Provider.class,
        description = "Analyse PHP files and folders (for now: syntax errors, as lint). "
                + "Exit codes: 0 no errors, 1 errors found, 2 usage error, 3 internal error.")
final class AnalyseCommand extends FileCommand {
}
