package argus.rules;

import static org.junit.jupiter.api.Assertions.fail;

import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.source.SourceFile;
import argus.testing.Expectations;
import argus.testing.Expectations.Expected;
import argus.testing.FixtureRun;
import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per fixture `testdata/rules/<category>/<RuleId>.php` (or a folder
 * `<RuleId>/`, analysed as one project): every `// expect:` marker needs its finding, and any
 * finding of the rules under test on an unmarked line fails. Unmarked lines are the negatives.
 */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        Path root = TestPaths.testdata("rules");
        List<Path> fixtures = new ArrayList<>();
        try (Stream<Path> categories = Files.list(root)) {
            for (Path category : categories.sorted().toList()) {
                try (Stream<Path> entries = Files.list(category)) {
                    entries.sorted().forEach(fixtures::add);
                }
            }
        }
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> check(root, f)));
    }

    private static void check(Path root, Path fixture) throws IOException {
        String ruleId = fixture.getFileName().toString().replaceFirst("\\.php$", "");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fixture)) {
            try (Stream<Path> all = Files.walk(fixture)) {
                all.filter(p -> p.toString().endsWith(".php")).sorted().forEach(files::add);
            }
        } else {
            files.add(fixture);
        }
        Map<String, String> header = new LinkedHashMap<>();
        List<SourceFile> sources = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            SourceFile source = FixtureRun.read(file, name);
            String text = new String(source.bytes(), StandardCharsets.ISO_8859_1);
            header.putAll(Expectations.header(text));
            expected.addAll(Expectations.parse(name, text));
            sources.add(source);
        }
        List<String> ruleIds = header.containsKey("rules") ? List.of(header.get("rules").split(",")) : List.of(ruleId);
        List<Rule> rules = new ArrayList<>();
        for (String id : ruleIds) {
            rules.add(RuleRegistry.byId(id).orElseThrow(() -> new AssertionError(fixture + ": no rule " + id)));
        }
        PhpVersionRange versions = header.containsKey("php") ? PhpVersionRange.parse(header.get("php")) : PhpVersionRange.NEWEST;
        List<String> entryPoints = header.containsKey("entryPoints") ? List.of(header.get("entryPoints").split(",")) : List.of();
        int level = header.containsKey("level") ? Integer.parseInt(header.get("level")) : 1;
        List<Finding> actual = FixtureRun.analyse(rules, versions, sources, level, entryPoints).stream()
                .filter(f -> ruleIds.contains(f.rule()) || f.rule().equals("ParseError")).toList();
        compare(expected, actual);
    }

    /** Every expectation consumes one matching finding; what is left on either side is reported. */
    static void compare(List<Expected> expected, List<Finding> actual) {
        List<Finding> unmatched = new ArrayList<>(actual);
        List<String> problems = new ArrayList<>();
        for (Expected e : expected) {
            Finding match = null;
            for (Finding f : unmatched) {
                if (f.file().equals(e.file()) && f.line() == e.line() && f.rule().equals(e.rule())
                        && (e.messagePart() == null || f.message().contains(e.messagePart()))
                        && (e.startColumn() == 0 || f.column() == e.startColumn() && f.span().endColumn() == e.endColumn())) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                problems.add("missing " + e);
            } else {
                unmatched.remove(match);
            }
        }
        for (Finding f : unmatched) {
            problems.add(f.file() + ":" + f.line() + ": unexpected " + f.rule() + " \"" + f.message() + "\" (columns "
                    + f.column() + "-" + f.span().endColumn() + ")");
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }
}
