package argus.driver;

import argus.cache.ResultCache;
import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.SourceFile;
import argus.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link FileAnalyzer} (parse, then the enabled rules) over every file on the
 * {@link WorkerPool}, results kept in file order whatever the thread count.
 * <ul>
 *   <li>A file that cannot be read (vanished, permission, a folder in its place) also becomes a
 *       {@code ParseError} finding, "cannot read file: reason", at 1:1: it then shows in every report
 *       format, baselines and CI annotations included, and makes the exit code 1, where a line on
 *       stderr would be lost in CI logs.</li>
 *   <li>A crash is a bug in argus: it becomes a {@link Failure} naming the file; the caller prints it
 *       and exits with 3 after reporting the other files.</li>
 * </ul>
 */
public final class Analysis {
    public static final String PARSE_ERROR = "ParseError";
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    /**
     * One file's result. {@code source} is kept only when there are findings: reporters need the
     * offending lines, and keeping every file's bytes would hold the whole code base in memory.
     */
    public record FileResult(long lines, List<Finding> findings, SourceFile source) {
        public FileResult {
            findings = List.copyOf(findings);
        }
    }

    /** A file whose task crashed. */
    public record Failure(String file, Throwable error) {
    }

    public record Result(List<FileResult> files, List<Failure> failures) {
        public Result {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }

        public long lines() {
            return files.stream().mapToLong(FileResult::lines).sum();
        }

        public List<Finding> findings() {
            List<Finding> all = new ArrayList<>();
            files.forEach(f -> all.addAll(f.findings()));
            return all;
        }
    }

    private Analysis() {
    }

    /** What is done with each file once read; must be thread-safe. */
    public interface FileAnalyzer {
        List<Finding> analyse(SourceFile source);
    }

    public static Result run(List<FileSet.Entry> files, int threads, Progress progress, FileAnalyzer analyzer) {
        return run(files, threads, progress, analyzer, ResultCache.disabled());
    }

    public static Result run(List<FileSet.Entry> files, int threads, Progress progress, FileAnalyzer analyzer,
                             ResultCache cache) {
        long[] sizes = files.stream().mapToLong(FileSet.Entry::size).toArray();
        List<WorkerPool.Outcome<FileResult>> outcomes =
                WorkerPool.run(sizes, threads, i -> analyseOne(files.get(i), analyzer, cache), i -> progress.step());
        List<FileResult> results = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            WorkerPool.Outcome<FileResult> o = outcomes.get(i);
            if (o.failed()) {
                failures.add(new Failure(files.get(i).display(), o.error()));
                results.add(new FileResult(0, List.of(), null));
            } else {
                results.add(o.value());
            }
        }
        return new Result(results, failures);
    }

    static FileResult analyseOne(FileSet.Entry file, FileAnalyzer analyzer, ResultCache cache) {
        SourceFile source;
        try {
            // Java arrays stop short of 2 GB; past that readAllBytes throws an OutOfMemoryError, which
            // would pass for a crash of argus rather than what it is, a file argus cannot take.
            if (Files.size(file.path()) > MAX_BYTES) {
                return cannotRead(file, "larger than 2 GB");
            }
            source = new SourceFile(file.display(), Files.readAllBytes(file.path()));
        } catch (IOException e) {
            return cannotRead(file, FileSet.reason(e));
        }
        Path key = cache.keyOf(source.bytes());
        Optional<ResultCache.Entry> cached = cache.get(key, source.path());
        if (cached.isPresent()) {
            List<Finding> findings = cached.get().findings();
            return new FileResult(cached.get().lines(), findings, findings.isEmpty() ? null : source);
        }
        List<Finding> findings = analyzer.analyse(source);
        long lines = lineCount(source);
        cache.put(key, new ResultCache.Entry(lines, findings));
        return new FileResult(lines, findings, findings.isEmpty() ? null : source);
    }

    private static FileResult cannotRead(FileSet.Entry file, String reason) {
        Span start = new Span(0, 0, 1, 1, 1, 1);
        return new FileResult(0, List.of(parseError(file.display(), start, "cannot read file: " + reason)), null);
    }

    private static Finding parseError(String file, Span span, String message) {
        return new Finding(PARSE_ERROR, Category.SYNTAX, Severity.ERROR, file, span, message, List.of());
    }

    /** Lines as {@code wc -l} counts them, plus a last line without a line break. */
    static long lineCount(SourceFile source) {
        int n = source.length();
        if (n == 0) {
            return 0;
        }
        // A plain count: building the file's line map here would cost an allocation a file.
        byte[] bytes = source.bytes();
        long count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return bytes[n - 1] == '\n' ? count : count + 1;
    }
}
