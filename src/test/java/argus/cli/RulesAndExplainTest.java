package argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.rules.Rule;
import argus.rules.RuleRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndExplainTest {
    @TempDir
    Path dir;

    @Test
    void rulesListsEveryRuleOnALine() {
        Cli.Run run = Cli.run(dir, "rules");
        assertEquals(0, run.code(), run.err());
        assertEquals(RuleRegistry.ALL.size(), run.out().lines().count());
        for (Rule r : RuleRegistry.ALL) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(r.id() + " ") && l.contains(r.info().summary())),
                    r.id());
        }
    }

    @Test
    void rulesAsJsonCarriesTheMetadata() throws Exception {
        Cli.Run run = Cli.run(dir, "rules", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode rules = new ObjectMapper().readTree(run.out());
        assertEquals(RuleRegistry.ALL.size(), rules.size());
        JsonNode first = rules.get(0);
        Rule rule = RuleRegistry.ALL.get(0);
        assertEquals(rule.id(), first.get("id").asText());
        assertEquals(rule.info().category().id(), first.get("category").asText());
        assertEquals(rule.info().severity().id(), first.get("severity").asText());
        assertEquals(rule.info().summary(), first.get("summary").asText());
    }

    @Test
    void explainShowsWhyAndBothExamples() {
        Cli.Run run = Cli.run(dir, "explain", "ParseError");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("ParseError (syntax, error)\n"), run.out());
        assertTrue(run.out().contains("## Why") && run.out().contains("## Flagged") && run.out().contains("## Accepted"));
    }

    @Test
    void explainAcceptsAnyCaseAndSuggestsTheNearestRule() {
        assertEquals(0, Cli.run(dir, "explain", "parseerror").code());
        Cli.Run run = Cli.run(dir, "explain", "ParseEror");
        assertEquals(2, run.code());
        assertEquals("argus: unknown rule 'ParseEror' (did you mean ParseError?)", run.errLines().get(0));
    }
}
