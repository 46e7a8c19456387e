package argus.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import argus.diag.Finding;
import argus.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
    private static final Analysis.FileAnalyzer LINT = new RuleAnalyzer(
            argus.rules.RuleEngine.withDefaults(List.of(new argus.rules.syntax.ParseError())),
            argus.config.PhpVersionRange.NEWEST);

    @TempDir
    Path dir;

    private FileSet.Entry entry(String name) {
        return new FileSet.Entry(dir.resolve(name), name, 10);
    }

    @Test
    void unreadableFileIsAParseErrorFindingAtItsFirstLine() {
        Analysis.Result r = Analysis.run(List.of(entry("gone.php")), 1, Progress.NONE, LINT);
        assertEquals(List.of(), r.failures());
        Finding f = r.findings().get(0);
        assertEquals("ParseError", f.rule());
        assertEquals("gone.php", f.file());
        assertEquals("cannot read file: no such file", f.message());
        assertEquals(1, f.line());
        assertEquals(1, f.column());
    }

    @Test
    void fileTooLargeForJavaIsAFindingNotACrash() throws Exception {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("huge.php").toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: no disk space used
        }
        Analysis.Result r = Analysis.run(List.of(entry("huge.php")), 1, Progress.NONE, LINT);
        assertEquals(List.of(), r.failures());
        assertEquals("cannot read file: larger than 2 GB", r.findings().get(0).message());
    }

    @Test
    void aCrashNamesItsFileAndTheOtherFilesAreStillParsed() throws Exception {
        for (String n : List.of("a.php", "boom.php", "c.php")) {
            Files.writeString(dir.resolve(n), "<?php\nif (\n");
        }
        List<FileSet.Entry> files = List.of(entry("a.php"), entry("boom.php"), entry("c.php"));
        Analysis.Result r = Analysis.run(files, 2, Progress.NONE, (parsed, index) -> {
            if (parsed.source().path().equals("boom.php")) {
                throw new IllegalStateException("builder bug");
            }
            return LINT.analyse(parsed, index);
        });
        assertEquals(1, r.failures().size());
        assertEquals("boom.php", r.failures().get(0).file());
        assertEquals("builder bug", r.failures().get(0).error().getMessage());
        assertEquals(List.of("a.php", "c.php"), r.findings().stream().map(Finding::file).distinct().toList());
    }

    @Test
    void sourcesAreKeptOnlyForFilesWithFindings() throws Exception {
        Files.writeString(dir.resolve("ok.php"), "<?php\necho 1;\n");
        Analysis.Result r = Analysis.run(List.of(entry("ok.php")), 1, Progress.NONE, LINT);
        assertNull(r.files().get(0).source());
        assertEquals(2, r.lines());
    }

    @Test
    void linesAreCountedAsPeopleCountThem() {
        assertEquals(0, Analysis.lineCount(SourceFile.of("a", "")));
        assertEquals(1, Analysis.lineCount(SourceFile.of("a", "x")));
        assertEquals(2, Analysis.lineCount(SourceFile.of("a", "x\ny\n")));
        assertEquals(2, Analysis.lineCount(SourceFile.of("a", "x\r\ny")));
        assertEquals(3, Analysis.lineCount(SourceFile.of("a", "\n\n\n")));
    }

    @Test
    void anAnalyzerThatNeedsTheIndexSeesEveryFilesDeclarations() throws Exception {
        Files.writeString(dir.resolve("a.php"), "<?php\nclass A {}\n");
        Files.writeString(dir.resolve("b.php"), "<?php\nfunction b() {}\n$x = (;\n");
        List<FileSet.Entry> files = List.of(entry("a.php"), entry("b.php"));
        Analysis.FileAnalyzer counting = new Analysis.FileAnalyzer() {
            @Override
            public List<Finding> analyse(argus.ast.ParseResult parsed, argus.index.SymbolIndex index) {
                List<Finding> out = new java.util.ArrayList<>(LINT.analyse(parsed, index));
                out.add(new Finding("Probe", argus.diag.Category.TYPES, argus.diag.Severity.NOTE, parsed.source().path(),
                        argus.source.Span.NONE, index.classCount() + " classes, " + index.functionCount() + " functions",
                        List.of()));
                return out;
            }

            @Override
            public boolean needsIndex() {
                return true;
            }
        };
        for (int threads : new int[] {1, 2}) {
            Analysis.Result r = Analysis.run(files, threads, Progress.NONE, counting);
            assertEquals(List.of("1 classes, 1 functions", "1 classes, 1 functions"), r.findings().stream()
                    .filter(f -> f.rule().equals("Probe")).map(Finding::message).toList());
            assertEquals(1, r.findings().stream().filter(f -> f.rule().equals("ParseError")).count());
        }
    }
}
