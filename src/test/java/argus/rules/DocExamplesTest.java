package argus.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.source.SourceFile;
import argus.testing.Expectations;
import argus.testing.FixtureRun;
import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of `rules/docs/<Id>.md` are what `argus explain` shows users, so they must be
 * true: every "## Flagged" example gets at least one finding of the rule, every "## Accepted"
 * example none (Psalm's DocumentationTest idea).
 */
class DocExamplesTest {
    private static final Pattern PHP_BLOCK = Pattern.compile("```php\\n(.*?)```", Pattern.DOTALL);

    static String section(String doc, String title) {
        int start = doc.indexOf("\n## " + title + "\n");
        if (start < 0) {
            return null;
        }
        int end = doc.indexOf("\n## ", start + 4);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    static List<String> phpBlocks(String section) {
        List<String> out = new ArrayList<>();
        Matcher m = PHP_BLOCK.matcher(section);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> docs() {
        return RuleRegistry.ALL.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> check(rule)));
    }

    private static void check(Rule rule) throws IOException {
        String doc = Files.readString(TestPaths.root().resolve("rules/docs/" + rule.id() + ".md"));
        assertTrue(doc.startsWith("# " + rule.id() + "\n"), "the doc starts with its title");
        for (String title : List.of("Why", "Flagged", "Accepted")) {
            assertTrue(section(doc, title) != null, "missing section ## " + title);
        }
        List<String> flagged = phpBlocks(section(doc, "Flagged"));
        List<String> accepted = phpBlocks(section(doc, "Accepted"));
        assertFalse(flagged.isEmpty(), "no php example under ## Flagged");
        assertFalse(accepted.isEmpty(), "no php example under ## Accepted");
        for (String code : flagged) {
            assertTrue(findings(rule, code) > 0, "a Flagged example gets no " + rule.id() + ":\n" + code);
        }
        for (String code : accepted) {
            assertEquals(0, findings(rule, code), "an Accepted example gets " + rule.id() + ":\n" + code);
        }
    }

    /**
     * Examples hold at the default target, the newest PHP, unless the block says otherwise with a
     * fixture header line such as {@code // argus-test: php=7.4}: a rule about a feature that is
     * new in 8.0 flags nothing at the default target.
     */
    private static long findings(Rule rule, String code) {
        String php = Expectations.header(code).get("php");
        PhpVersionRange versions = php == null ? PhpVersionRange.NEWEST : PhpVersionRange.parse(php);
        List<Finding> found = FixtureRun.analyse(List.of(rule), versions, List.of(SourceFile.of("example.php", code)));
        return found.stream().filter(f -> f.rule().equals(rule.id())).count();
    }
}
