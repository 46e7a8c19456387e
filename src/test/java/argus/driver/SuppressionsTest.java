package argus.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.config.Config;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.parse.PhpParsing;
import argus.rules.RuleInfo;
import argus.rules.RuleSelection;
import argus.source.SourceFile;
import argus.source.Span;
import argus.testing.TestRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    static final String FILE = "src/a.php";

    static FileSuppressions suppressions(String php) {
        return Suppressions.of(PhpParsing.parse(SourceFile.of(FILE, php)), TestRules.ALL);
    }

    /** A finding of {@code rule} at column 1 of {@code line}, with the category and severity its rule declares. */
    static Finding at(String rule, int line) {
        RuleInfo info = TestRules.ALL.stream().filter(r -> r.id().equals(rule)).findFirst().orElseThrow().info();
        return new Finding(rule, info.category(), info.severity(), FILE, new Span(0, 0, line, 1, line, 2), "m",
                List.of());
    }

    /** The lines of the kept findings of {@code rule}, one finding per line 1..lines. */
    static List<Integer> keptLines(FileSuppressions s, String rule, int lines) {
        List<Finding> all = new ArrayList<>();
        for (int line = 1; line <= lines; line++) {
            all.add(at(rule, line));
        }
        return s.apply(all).kept().stream().map(Finding::line).toList();
    }

    static List<Integer> hiddenLines(FileSuppressions s, String rule, int lines) {
        List<Integer> kept = keptLines(s, rule, lines);
        List<Integer> hidden = new ArrayList<>();
        for (int line = 1; line <= lines; line++) {
            if (!kept.contains(line)) {
                hidden.add(line);
            }
        }
        return hidden;
    }

    static List<String> unused(FileSuppressions s, Finding... findings) {
        return s.apply(List.of(findings)).unused().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
    }

    @Test
    void argusIgnoreCoversItsLineAndTheNextLineOfCode() {
        FileSuppressions s = suppressions("""
                <?php
                // @argus-ignore UnusedVariable
                $a = 1;
                $b = 2;
                """);
        assertEquals(List.of(2, 3), hiddenLines(s, "UnusedVariable", 4));
        assertEquals(List.of(), hiddenLines(s, "UndefinedVariable", 4));
    }

    @Test
    void aTrailingCommentCoversOnlyItsOwnLine() {
        FileSuppressions s = suppressions("""
                <?php
                $a = 1; // @argus-ignore UnusedVariable
                $b = 2;
                $c = 3; /* @argus-ignore UnusedVariable */ $d = 4;
                $e = 5;
                """);
        assertEquals(List.of(2, 4), hiddenLines(s, "UnusedVariable", 5));
    }

    @Test
    void blankLinesAndFurtherCommentsBeforeTheCodeAreSkipped() {
        FileSuppressions s = suppressions("""
                <?php
                # @argus-ignore UnusedVariable -- the loop reads it through compact()

                /* one more note */
                // and another
                $a = 1;
                $b = 2;
                """);
        assertEquals(List.of(2, 6), hiddenLines(s, "UnusedVariable", 7));
    }

    @Test
    void severalNamesAndAReasonAfterThem() {
        FileSuppressions s = suppressions("""
                <?php
                /* @argus-ignore UnusedVariable, UndefinedVariable because of extract() */
                echo $a;
                """);
        assertEquals(List.of(2, 3), hiddenLines(s, "UnusedVariable", 3));
        assertEquals(List.of(2, 3), hiddenLines(s, "UndefinedVariable", 3));
        assertEquals(List.of(), hiddenLines(s, "TaintedSql", 3));
    }

    @Test
    void argusSuppressInADocblockCoversTheWholeDeclaration() {
        FileSuppressions s = suppressions("""
                <?php
                /**
                 * Legacy.
                 * @argus-suppress UnusedVariable
                 */
                function f() {
                    $a = 1;
                }
                $b = 2;
                """);
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), hiddenLines(s, "UnusedVariable", 9));
    }

    @Test
    void membersClassesAndAttributedDeclarationsHaveTheirScopeToo() {
        FileSuppressions s = suppressions("""
                <?php
                class A {
                    /** @argus-suppress UnusedVariable */
                    public function m() {
                        $a = 1;
                    }
                    public function n() {
                        $b = 1;
                    }
                    /** @argus-suppress UndefinedVariable */
                    #[Pure]
                    public function o() {
                        return $c;
                    }
                    #[Pure]
                    /** @argus-suppress TaintedSql */
                    public function p() {
                        q($_GET['x']);
                    }
                    /** @argus-suppress UnusedVariable */
                    public const X = 1, Y = 2;
                }
                /** @argus-suppress UndefinedVariable */
                enum E {
                    case A;
                    /** @psalm-suppress PossiblyNullReference */
                    case B;
                }
                """);
        assertEquals(List.of(3, 4, 5, 6, 20, 21), hiddenLines(s, "UnusedVariable", 29));
        assertEquals(List.of(10, 11, 12, 13, 14, 23, 24, 25, 26, 27, 28), hiddenLines(s, "UndefinedVariable", 29));
        assertEquals(List.of(16, 17, 18, 19), hiddenLines(s, "TaintedSql", 29));
        assertEquals(List.of(26, 27), hiddenLines(s, "PossiblyNullReference", 29));
    }

    @Test
    void aDocblockThatDocumentsNoDeclarationCoversTheNextLine() {
        FileSuppressions s = suppressions("""
                <?php
                function f() {
                    /** @argus-suppress UnusedVariable */
                    $a = g();
                    /** @psalm-suppress UndefinedGlobalVariable */
                    echo $b;
                    echo $c;
                }
                """);
        assertEquals(List.of(3, 4), hiddenLines(s, "UnusedVariable", 8));
        assertEquals(List.of(5, 6), hiddenLines(s, "UndefinedVariable", 8));
    }

    @Test
    void psalmNamesMapThroughAliasesAndAllMeansEveryRule() {
        FileSuppressions s = suppressions("""
                <?php
                /** @psalm-suppress UndefinedGlobalVariable, MissingReturnType */
                function f() { return $a; }
                /** @psalm-suppress all */
                function g() { return $b; }
                /** @psalm-suppress UnusedVariable */
                function h() { $c = 1; }
                """);
        assertEquals(List.of(2, 3, 4, 5), hiddenLines(s, "UndefinedVariable", 7));
        assertEquals(List.of(4, 5, 6, 7), hiddenLines(s, "UnusedVariable", 7), "a Psalm name equal to the rule id counts");
        assertEquals(List.of(), unused(s), "other tools' names are never reported, even unmatched or unknown");
    }

    @Test
    void phpstanSpellings() {
        FileSuppressions s = suppressions("""
                <?php
                echo $a; // @phpstan-ignore-line
                // @phpstan-ignore-next-line
                echo $b;
                echo $c; // @phpstan-ignore variable.undefined (never set)
                // @phpstan-ignore argument.type, variable.undefined
                echo $d;
                echo $e; // @phpstan-ignore method.notFound
                /** @phpstan-ignore-next-line */ echo $f;
                echo $g;
                """);
        assertEquals(List.of(2, 4, 5, 6, 7, 10), hiddenLines(s, "UndefinedVariable", 10));
        assertEquals(List.of(2, 4, 6, 7, 10), hiddenLines(s, "MixedArgument", 10));
    }

    @Test
    void parseErrorsAreNeverSuppressedAndSayingSoIsReported() {
        FileSuppressions s = suppressions("""
                <?php
                // @argus-ignore ParseError
                $a = ;
                $b = 1; // @phpstan-ignore-line
                """);
        Finding p3 = at("ParseError", 3);
        Finding p4 = at("ParseError", 4);
        FileSuppressions.Result r = s.apply(List.of(p3, p4));
        assertEquals(List.of(p3, p4), r.kept());
        assertEquals(List.of("2:18 ParseError cannot be suppressed by a comment; exclude the file or add an ignore"
                + " entry in argus.json"), unused(s, p3));
    }

    @Test
    void argusDirectivesThatHideNothingAreReportedAtTheName() {
        FileSuppressions s = suppressions("""
                <?php
                // @argus-ignore UnusedVariable, UndefinedVariable
                echo $a;
                /** @argus-suppress TaintedSql */
                function f() {}
                """);
        FileSuppressions.Result r = s.apply(List.of(at("UndefinedVariable", 3)));
        assertEquals(1, r.suppressed().size());
        assertEquals(List.of("2:18 @argus-ignore UnusedVariable suppresses nothing here",
                "4:21 @argus-suppress TaintedSql suppresses nothing here"), unused(s, at("UndefinedVariable", 3)));
        Finding u = r.unused().get(0);
        assertEquals("UnusedSuppression", u.rule());
        assertEquals(Severity.NOTE, u.severity());
        assertEquals(FILE, u.file());
        assertEquals(new Span(23, 37, 2, 18, 2, 32), u.span());
    }

    @Test
    void unknownAndMissingNamesAreReportedWithAHint() {
        FileSuppressions s = suppressions("""
                <?php
                // @argus-ignore UnusedVar
                // @argus-ignore variable.undefined
                // @argus-ignore
                $a = 1;
                """);
        assertEquals(List.of("2:18 unknown rule 'UnusedVar' (did you mean UnusedVariable?)",
                "3:18 unknown rule 'variable.undefined' (did you mean UndefinedVariable?)",
                "4:4 @argus-ignore needs a rule id, e.g. @argus-ignore UnusedVariable"), unused(s));
    }

    @Test
    void aDirectiveForARuleThatDidNotRunIsNotReported() {
        FileSuppressions s = suppressions("""
                <?php
                // @argus-ignore UnusedVariable, MixedArgument, Nope
                $a = 1;
                """);
        Config c = Config.defaults(Path.of("/p").toAbsolutePath(), PhpVersionRange.NEWEST);
        RuleSelection selection = RuleSelection.of(c, List.of(), List.of(), null, TestRules.ALL);
        List<String> messages = s.apply(List.of(), selection).unused().stream().map(Finding::message).toList();
        // MixedArgument is off at level 3: its comment waits for a stricter run. An unknown name is always wrong.
        assertEquals(List.of("@argus-ignore UnusedVariable suppresses nothing here",
                "unknown rule 'Nope'"), messages);
        Config quiet = new Config(c.root(), c.file(), c.paths(), c.excludes(), c.phpVersions(), c.level(),
                Map.of("UnusedSuppression", new Config.RuleSetting(true, Severity.WARNING)), c.ignores(), null,
                Severity.ERROR, null, List.of());
        RuleSelection warning = RuleSelection.of(quiet, List.of(), List.of(), null, TestRules.ALL);
        assertEquals(Severity.WARNING, s.apply(List.of(), warning).unused().get(0).severity());
        RuleSelection off = RuleSelection.of(c, List.of(), List.of("UnusedSuppression"), null, TestRules.ALL);
        assertEquals(List.of(), s.apply(List.of(), off).unused());
    }

    @Test
    void twoDirectivesHidingOneFindingAreBothUsed() {
        FileSuppressions s = suppressions("""
                <?php
                /** @argus-suppress UnusedVariable */
                function f() {
                    // @argus-ignore UnusedVariable
                    $a = 1;
                }
                """);
        assertEquals(List.of(), unused(s, at("UnusedVariable", 5)));
    }

    @Test
    void textThatOnlyLooksLikeADirectiveIsNone() {
        FileSuppressions s = suppressions("""
                <?php
                $s = "// @argus-ignore UnusedVariable";
                // mail me at dev@argus-ignore.example
                // @argus-ignored UnusedVariable
                $a = 1;
                """);
        assertTrue(s.isEmpty());
        assertEquals(List.of(), hiddenLines(s, "UnusedVariable", 5));
    }

    @Test
    void aFileWithoutDirectivesPassesFindingsThroughAndSharesOneEmptyValue() {
        FileSuppressions s = suppressions("<?php\n// just a comment\n$a = 1;\n");
        assertSame(FileSuppressions.NONE, s);
        List<Finding> findings = List.of(at("UnusedVariable", 3));
        assertEquals(findings, s.apply(findings).kept());
    }

    @Test
    void findingsOfOtherFilesPassThrough() {
        FileSuppressions s = suppressions("<?php\n// @argus-ignore UnusedVariable\n$a = 1;\n");
        Finding elsewhere = new Finding("UnusedVariable", at("UnusedVariable", 3).category(), Severity.WARNING,
                "src/b.php", new Span(0, 0, 3, 1, 3, 2), "m", List.of());
        assertEquals(List.of(elsewhere), s.apply(List.of(elsewhere)).kept());
    }

    @Test
    void theRegisteredRulesAreUsedByDefault() {
        FileSuppressions s = Suppressions.of(PhpParsing.parse(SourceFile.of(FILE,
                "<?php\n// @argus-ignore UnusedSuppression, UnusedVariable\n$a = 1;\n")));
        assertEquals(List.of("@argus-ignore UnusedSuppression suppresses nothing here",
                "@argus-ignore UnusedVariable suppresses nothing here"), s.apply(List.of()).unused().stream().map(Finding::message).toList());
    }
}
