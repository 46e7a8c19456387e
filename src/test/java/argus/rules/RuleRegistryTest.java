package argus.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.diag.Category;
import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shape every rule must have (Sonar's CheckListTest): metadata, registration, doc, fixture, imports. */
class RuleRegistryTest {
    private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Map<Category, String> PACKAGES = Map.of(
            Category.SYNTAX, "syntax", Category.TYPES, "types", Category.NULL_SAFETY, "nullsafety",
            Category.DEAD_CODE, "deadcode", Category.SECURITY, "security", Category.COMPATIBILITY, "compat");

    private static Path rulesSource() {
        return TestPaths.root().resolve("src/main/java/argus/rules");
    }

    @Test
    void idsAreUniquePascalCaseAndEqualTheClassName() {
        Set<String> seen = new HashSet<>();
        for (Rule r : RuleRegistry.ALL) {
            RuleInfo info = r.info();
            assertTrue(PASCAL_CASE.matcher(info.id()).matches(), info.id());
            assertEquals(r.getClass().getSimpleName(), info.id());
            assertTrue(seen.add(info.id().toLowerCase()), "duplicate id " + info.id());
            assertFalse(info.summary().endsWith("."), info.id() + ": summary ends with a period");
            assertFalse(info.summary().contains("\n"), info.id() + ": summary is one line");
            assertTrue(info.level() >= 1 && info.level() <= 5, info.id() + ": level out of 1..5");
        }
    }

    @Test
    void registryIsSortedById() {
        List<String> ids = RuleRegistry.ALL.stream().map(Rule::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void everyRuleClassIsRegisteredAndSitsInItsCategoryPackage() throws IOException {
        Set<String> registered = new TreeSet<>();
        RuleRegistry.ALL.forEach(r -> registered.add(r.getClass().getName()));
        Set<String> declared = new TreeSet<>();
        try (Stream<Path> files = Files.walk(rulesSource())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f).contains("@RuleInfo(")) {
                    String rel = rulesSource().getParent().getParent().relativize(f).toString();
                    declared.add(rel.replace('/', '.').replace(".java", ""));
                }
            }
        }
        assertEquals(declared, registered, "every @RuleInfo class must be in RuleRegistry.ALL");
        for (Rule r : RuleRegistry.ALL) {
            String pkg = r.getClass().getPackageName();
            assertEquals("argus.rules." + PACKAGES.get(r.info().category()), pkg, r.id() + " is in the wrong package");
        }
    }

    @Test
    void everyRuleHasItsDocAndFixtureAndNothingIsOrphaned() throws IOException {
        Path docs = TestPaths.root().resolve("rules/docs");
        Path fixtures = TestPaths.testdata("rules");
        Set<String> ids = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Rule r : RuleRegistry.ALL) {
            ids.add(r.id());
            if (!Files.isRegularFile(docs.resolve(r.id() + ".md"))) {
                problems.add("no rules/docs/" + r.id() + ".md");
            }
            Path dir = fixtures.resolve(PACKAGES.get(r.info().category()));
            if (!Files.exists(dir.resolve(r.id() + ".php")) && !Files.isDirectory(dir.resolve(r.id()))) {
                problems.add("no fixture testdata/rules/" + PACKAGES.get(r.info().category()) + "/" + r.id() + "[.php]");
            }
        }
        try (Stream<Path> files = Files.list(docs)) {
            files.map(p -> p.getFileName().toString().replace(".md", ""))
                    .filter(id -> !ids.contains(id)).forEach(id -> problems.add("orphan doc " + id + ".md"));
        }
        try (Stream<Path> files = Files.walk(fixtures, 2)) {
            files.filter(p -> p.getParent() != null && !p.getParent().equals(fixtures) && !p.equals(fixtures))
                    .filter(p -> !namesItsRules(p, ids))
                    .map(p -> p.getFileName().toString().replace(".php", ""))
                    .filter(id -> !ids.contains(id)).forEach(id -> problems.add("orphan fixture " + id));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void rulesNeverSeeTheParserOrAntlr() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rulesSource())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import org.antlr") || line.startsWith("import argus.parse.")) {
                        offenders.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** A fixture about several rules at once names them in its `argus-test: rules=` header, all known. */
    private static boolean namesItsRules(Path fixture, Set<String> ids) {
        try {
            if (!Files.isRegularFile(fixture)) {
                return false;
            }
            String rules = argus.testing.Expectations.header(Files.readString(fixture, java.nio.charset.StandardCharsets.ISO_8859_1)).get("rules");
            return rules != null && ids.containsAll(List.of(rules.split(",")));
        } catch (IOException e) {
            return false;
        }
    }
}
