package argus.report;

import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.parse.PhpParsing;
import argus.rules.RuleEngine;
import argus.rules.RuleInfo;
import argus.rules.RuleRegistry;
import argus.rules.Rule;
import argus.rules.syntax.ParseError;
import argus.source.SourceFile;
import argus.source.Span;
import argus.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The report of the golden tests, on testdata/projects/reports: ParseError findings from really
 * parsing its files, plus hand-made findings of rules that do not exist yet (a taint flow with a
 * trace, a type warning, a note), placed by searching the fixture's text so that editing it does
 * not silently move them. When the real rules land, their output replaces the hand-made part.
 */
final class ReportFixture {
    static final long DURATION_MS = 1234;

    /** Stands in for the future TaintedSql rule's metadata (CWE and security-severity included). */
    @RuleInfo(id = "TaintedSql", category = Category.SECURITY, severity = Severity.ERROR,
            summary = "User input reaches an SQL query unescaped", precision = RuleInfo.Precision.HIGH,
            cwe = 89, securitySeverity = 8.8)
    private static final class TaintedSql {
    }

    private ReportFixture() {
    }

    static Path root() {
        return TestPaths.testdata("projects", "reports").toAbsolutePath().normalize();
    }

    /** Registered rules, and TaintedSql from the stub; other ids are unknown (metadata derived). */
    static Optional<RuleInfo> rules(String id) {
        if (id.equals("TaintedSql")) {
            return Optional.of(TaintedSql.class.getAnnotation(RuleInfo.class));
        }
        return RuleRegistry.byId(id).map(Rule::info);
    }

    static Report report() {
        Path root = root();
        List<SourceFile> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".php")).sorted().toList()) {
                sources.add(SourceFile.read(p, root.relativize(p).toString().replace('\\', '/')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Finding> findings = new ArrayList<>();
        long lines = 0;
        for (SourceFile s : sources) {
            findings.addAll(parseErrors(s));
            lines += s.lines().lineCount() - (s.text().endsWith("\n") ? 1 : 0);
        }
        SourceFile cart = sources.stream().filter(s -> s.path().equals("src/Cart.php")).findFirst().orElseThrow();
        findings.add(new Finding("TaintedSql", Category.SECURITY, Severity.ERROR, cart.path(),
                at(cart, "$sql)->fetch_all", "$sql"),
                "Tainted SQL: user input from $_GET['id'] reaches mysqli::query(), argument 1",
                List.of(new TraceStep(cart.path(), at(cart, "$_GET['id']", "$_GET['id']"), "user input from $_GET['id']"),
                        new TraceStep(cart.path(), at(cart, ". $id;", "$id"), "$id is concatenated into $sql"),
                        new TraceStep(cart.path(), at(cart, "$sql)->fetch_all", "$sql"),
                                "$sql is passed to mysqli::query()"))));
        findings.add(new Finding("InvalidArgument", Category.TYPES, Severity.WARNING, cart.path(),
                at(cart, "$label, $items", "$label"),
                "Argument 1 of sum() expects array<int, float>, string given", List.of()));
        findings.add(new Finding("UnusedVariable", Category.DEAD_CODE, Severity.NOTE, cart.path(),
                at(cart, "$count = ", "$count"), "Variable $count is assigned but never used", List.of()));
        return Report.builder().tool("argus", "9.9.9").root(root).cwd(root).files(sources.size()).lines(lines)
                .durationMs(DURATION_MS).findings(findings)
                .sources(sources.stream().filter(s -> findings.stream().anyMatch(f -> f.file().equals(s.path()))).toList())
                .notices(List.of(new Notice(null, Severity.WARNING, "skipped folder vendor/cache: permission denied"),
                        new Notice("src/huge.php", Severity.WARNING, "skipped src/huge.php: larger than 2 GB")))
                .build();
    }

    /** What the ParseError rule reports on a file, as the engine stamps it. */
    static List<Finding> parseErrors(SourceFile source) {
        return RuleEngine.withDefaults(List.of(new ParseError())).run(PhpParsing.parse(source), PhpVersionRange.NEWEST);
    }

    /** The span of {@code part} inside the first occurrence of {@code context} in the file. */
    static Span at(SourceFile source, String context, String part) {
        byte[] bytes = source.bytes();
        byte[] needle = context.getBytes(StandardCharsets.UTF_8);
        int found = -1;
        for (int i = 0; i + needle.length <= bytes.length && found < 0; i++) {
            int j = 0;
            while (j < needle.length && bytes[i + j] == needle[j]) {
                j++;
            }
            found = j == needle.length ? i : -1;
        }
        if (found < 0) {
            throw new IllegalArgumentException("not in " + source.path() + ": " + context);
        }
        int start = found + context.substring(0, context.indexOf(part)).getBytes(StandardCharsets.UTF_8).length;
        int end = start + part.getBytes(StandardCharsets.UTF_8).length;
        int line = source.lines().lineOf(start);
        int column = start - source.lines().lineStart(line) + 1;
        return new Span(start, end, line, column, line, column + end - start);
    }
}
