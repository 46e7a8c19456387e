package argus.cli;

import argus.rules.Rule;
import argus.rules.RuleInfo;
import argus.rules.RuleRegistry;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code argus rules}: every rule with its category, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "List every rule: id, category, default severity, summary.")
final class RulesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    String format = "text";

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(main.io().out(), false, java.nio.charset.StandardCharsets.UTF_8);
        switch (format) {
            case "text" -> text(out);
            case "json" -> json(out);
            default -> throw new UsageException("unknown format '" + format + "' for rules (expected text or json)");
        }
        out.flush();
        return Main.OK;
    }

    private static void text(PrintStream out) {
        int width = RuleRegistry.ALL.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (Rule r : RuleRegistry.ALL) {
            RuleInfo i = r.info();
            String flags = i.enabledByDefault() ? "" : " (off by default)";
            out.printf("%-" + width + "s  %-13s  %-7s  %s%s%n", i.id(), i.category().id(), i.severity().id(), i.summary(),
                    flags);
        }
    }

    private static void json(PrintStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Rule r : RuleRegistry.ALL) {
                RuleInfo i = r.info();
                g.writeStartObject();
                g.writeStringField("id", i.id());
                g.writeStringField("category", i.category().id());
                g.writeStringField("severity", i.severity().id());
                g.writeBooleanField("enabledByDefault", i.enabledByDefault());
                g.writeNumberField("level", i.level());
                g.writeStringField("precision", i.precision().id);
                g.writeStringField("summary", i.summary());
                if (i.cwe().length > 0) {
                    g.writeArrayFieldStart("cwe");
                    for (int cwe : i.cwe()) {
                        g.writeNumber(cwe);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
    }
}
