package argus.cli;

import argus.rules.Rule;
import argus.rules.RuleDocs;
import argus.rules.RuleInfo;
import argus.rules.RuleRegistry;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code argus explain RULE}: the rule's long description with a flagged and an accepted example. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "Explain a rule: why it matters, code it flags, code it accepts.")
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "RULE", description = "A rule id, as listed by 'argus rules'.")
    String ruleId;

    @Override
    public Integer call() {
        Rule rule = RuleRegistry.byId(ruleId).orElseThrow(() -> {
            String near = RuleRegistry.nearest(ruleId);
            return new UsageException("unknown rule '" + ruleId + "'"
                    + (near == null ? " (see 'argus rules')" : " (did you mean " + near + "?)"));
        });
        RuleInfo info = rule.info();
        PrintStream out = new PrintStream(main.io().out(), false, java.nio.charset.StandardCharsets.UTF_8);
        String doc = RuleDocs.markdown(info.id()).orElse(null);
        out.println(info.id() + " (" + info.category().id() + ", " + info.severity().id()
                + (info.enabledByDefault() ? "" : ", off by default") + ")");
        out.println(info.summary());
        out.println();
        if (doc != null) {
            // The heading repeats the id printed above.
            out.print(doc.substring(doc.indexOf('\n') + 1).strip());
            out.println();
        }
        out.flush();
        return Main.OK;
    }
}
