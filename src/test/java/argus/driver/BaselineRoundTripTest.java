package argus.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import argus.config.Baseline;
import argus.diag.Finding;
import argus.report.Report;
import argus.source.SourceFile;
import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline life cycle on testdata/projects/baseline (three files with one syntax error each,
 * one clean file), run on a copy: set the baseline; edit above the findings (nothing new); add an
 * error (one new); fix one (its entry goes stale, and update drops it).
 */
class BaselineRoundTripTest {
    @TempDir
    Path project;

    @BeforeEach
    void copyFixture() throws IOException {
        Path fixture = TestPaths.testdata("projects", "baseline");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path p : files.sorted().toList()) {
                Path target = project.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** What analyse does up to the baseline: files, findings in report order, and their fingerprints. */
    private Report analyse() throws Exception {
        FileSet files = FileSet.expand(project, List.of("."), List.of());
        Analysis.Result parsed = Analysis.run(files.files(), 1, Progress.NONE, new RuleAnalyzer(
                argus.rules.RuleEngine.withDefaults(List.of(new argus.rules.syntax.ParseError())),
                argus.config.PhpVersionRange.NEWEST));
        List<SourceFile> sources = new java.util.ArrayList<>();
        parsed.files().stream().filter(f -> f.source() != null).forEach(f -> sources.add(f.source()));
        return Report.builder().tool("argus", "test").root(project).cwd(project).files(files.files().size())
                .lines(parsed.lines()).durationMs(0).findings(parsed.findings()).sources(sources).notices(List.of()).build();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = project.resolve(file);
        String text = Files.readString(p);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain " + from);
        }
        Files.writeString(p, text.replace(from, to));
    }

    private static List<String> where(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.line()).toList();
    }

    @Test
    void setEditAddFixAndUpdate() throws Exception {
        Report first = analyse();
        assertEquals(List.of("lib/helpers.php:13", "src/Cart.php:17", "src/Order.php:14"), where(first.findings()));
        Path file = project.resolve("argus-baseline.json");
        Baseline.of(first.findings(), first.fingerprints()).write(file);
        Baseline baseline = Baseline.load(file);
        assertEquals(3, baseline.size());

        // Lines inserted above every finding move them all, and the baseline still knows each one.
        for (String f : List.of("lib/helpers.php", "src/Cart.php", "src/Order.php")) {
            edit(f, "<?php\n", "<?php\n\n// Copyright notice added later.\n\nuse Shop\\Money;\n");
        }
        Report moved = analyse();
        assertEquals(List.of("lib/helpers.php:17", "src/Cart.php:21", "src/Order.php:18"), where(moved.findings()));
        Baseline.Match m = baseline.filter(moved.findings(), moved.fingerprints());
        assertEquals(List.of(), m.fresh());
        assertEquals(3, m.matched().size());
        assertEquals(List.of(), m.stale());

        // A new error is new, and only it.
        edit("src/Clean.php", "    return \"Hello, $name\";\n", "    return \"Hello, $name\";\n    $oops = ;\n");
        Report added = analyse();
        Baseline.Match withNew = baseline.filter(added.findings(), added.fingerprints());
        assertEquals(List.of("src/Clean.php:8"), where(withNew.fresh()));
        assertEquals(3, withNew.matched().size());

        // Fixing one makes its entry stale; update drops it and adds nothing (the new error stays new).
        edit("src/Order.php", "' EUR'\n", "' EUR';\n");
        Report fixed = analyse();
        Baseline.Match afterFix = baseline.filter(fixed.findings(), fixed.fingerprints());
        assertEquals(List.of("src/Clean.php:8"), where(afterFix.fresh()));
        assertEquals(List.of("src/Order.php"), afterFix.stale().stream().map(Baseline.Entry::file).toList());
        Baseline updated = baseline.update(afterFix);
        updated.write(file);
        Baseline reloaded = Baseline.load(file);
        assertEquals(List.of("lib/helpers.php", "src/Cart.php"),
                reloaded.entries().stream().map(Baseline.Entry::file).toList());
        Baseline.Match again = reloaded.filter(fixed.findings(), fixed.fingerprints());
        assertEquals(List.of("src/Clean.php:8"), where(again.fresh()));
        assertEquals(List.of(), again.stale());
    }
}
