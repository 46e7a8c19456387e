package argus.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.diag.Finding;
import argus.parse.PhpParsing;
import argus.rules.Rule;
import argus.source.SourceFile;
import argus.testing.TestRules;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Suppressions are read from whatever the parser makes of a file, broken code and unclosed comments included. */
class SuppressionsProperties {
    private static final List<String> FRAGMENTS = List.of("\n", "\r\n", " ", "$a = 1;", "echo $b;", "function f() {",
            "}", "class A {", "public function m() {", "#[X]", "/** @argus-suppress UnusedVariable */",
            "/**\n * @psalm-suppress all\n */", "// @argus-ignore UnusedVariable, TaintedSql", "# @argus-ignore",
            "// @phpstan-ignore-next-line", "/* @phpstan-ignore-line */", "// @phpstan-ignore variable.undefined",
            "/* @argus-ignore ParseError", "*/", "@argus-ignore UnusedVar", ",", "?>", "<?php ", "'// @argus-ignore X'",
            "/** ", "const C = 1;", "enum E { case A; }", "$x = ;");

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> "<?php\n" + String.join("", parts));
    }

    @Property(tries = 300)
    void everyFindingIsKeptOrSuppressedAndParseErrorsAreAlwaysKept(@ForAll("files") String php) {
        SourceFile source = SourceFile.of(SuppressionsTest.FILE, php);
        FileSuppressions s = Suppressions.of(PhpParsing.parse(source), TestRules.ALL);
        int lines = source.lines().lineCount();
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= lines; line++) {
            for (Rule r : TestRules.ALL) {
                findings.add(SuppressionsTest.at(r.id(), line));
            }
        }
        FileSuppressions.Result result = s.apply(findings);
        assertEquals(findings.size(), result.kept().size() + result.suppressed().size());
        assertTrue(result.suppressed().stream().noneMatch(f -> f.rule().equals("ParseError")));
        for (Finding u : result.unused()) {
            assertEquals("UnusedSuppression", u.rule());
            assertTrue(u.line() >= 1 && u.line() <= lines && u.column() >= 1, u.toString());
        }
    }
}
