package argus.rules.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.rules.Rule;
import argus.rules.RuleRegistry;
import argus.rules.syntax.ParseError;
import argus.source.SourceFile;
import argus.testing.Expectations;
import argus.testing.FixtureRun;
import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The argus side of tools/compat-oracle.sh: every snippet of testdata/compat/snippets, analysed
 * at each known PHP version alone, gets the verdict its header promises. A header
 * {@code // argus-test: rules=R since=8.0} means "R reports below 8.0" (with several
 * rules, "one of them"); {@code until=8.0}
 * "R reports from 8.0 on", {@code deprecated=7.4} "R warns from 7.4 on" (until a given
 * {@code until}); none of the three, "R never reports". The verdicts go to
 * target/compat-snippets-argus.tsv, which the oracle compares with real PHP interpreters.
 */
class CompatSnippetsTest {
    private static final List<String> TABLE = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> snippets() throws IOException {
        Path dir = TestPaths.testdata("compat/snippets");
        List<Path> files;
        try (Stream<Path> all = Files.list(dir)) {
            files = all.filter(p -> p.toString().endsWith(".php")).sorted().toList();
        }
        Path table = TestPaths.root().resolve("target/compat-snippets-argus.tsv");
        Stream<DynamicTest> tests = files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
        return Stream.concat(tests, Stream.of(DynamicTest.dynamicTest("write " + table.getFileName(), () -> {
            Files.createDirectories(table.getParent());
            Files.write(table, TABLE);
        })));
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        Map<String, String> header = Expectations.header(text);
        List<Rule> rules = new ArrayList<>(List.of(new ParseError()));
        for (String id : header.getOrDefault("rules", "").split(",")) {
            rules.add(RuleRegistry.byId(id).orElseThrow(() -> new AssertionError(file + ": no rule '" + id + "'")));
        }
        PhpVersion since = version(header.get("since"));
        PhpVersion deprecated = version(header.get("deprecated"));
        PhpVersion until = version(header.get("until"));
        SourceFile source = FixtureRun.read(file, file.getFileName().toString());
        List<String> problems = new ArrayList<>();
        for (PhpVersion v : PhpVersion.KNOWN) {
            List<Finding> found = FixtureRun.analyse(rules, new PhpVersionRange(v, v), List.of(source));
            assertTrue(found.stream().noneMatch(f -> f.rule().equals("ParseError")), file + " does not parse: " + found);
            String actual = verdict(found);
            String expected = since != null && v.compareTo(since) < 0 || until != null && v.atLeast(until) ? "fails"
                    : deprecated != null && v.atLeast(deprecated) ? "deprecated" : "ok";
            if (!actual.equals(expected)) {
                problems.add(v + ": expected " + expected + ", argus says " + actual + " " + found);
            }
            synchronized (TABLE) {
                TABLE.add(file.getFileName() + "\t" + v + "\t" + actual);
            }
        }
        assertEquals(List.of(), problems, file.getFileName().toString());
    }

    /** A warning is a deprecation; an error (or a note: the feature is inert there) is code that does not work. */
    private static String verdict(List<Finding> found) {
        found = found.stream().filter(f -> !f.rule().equals("ParseError")).toList();
        if (found.isEmpty()) {
            return "ok";
        }
        return found.stream().allMatch(f -> f.severity() == Severity.WARNING) ? "deprecated" : "fails";
    }

    private static PhpVersion version(String text) {
        return text == null ? null : PhpVersion.parse(text);
    }
}
