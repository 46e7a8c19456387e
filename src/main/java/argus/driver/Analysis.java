package argus.driver;

import argus.ast.ParseResult;
import argus.cache.ResultCache;
import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.index.DeclarationScanner;
import argus.index.SymbolIndex;
import argus.index.Symbols;
import argus.parse.PhpParsing;
import argus.source.SourceFile;
import argus.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link FileAnalyzer} over every file on the {@link WorkerPool}, results kept in file
 * order whatever the thread count. Phase 1 reads and parses each file; when the analyzer needs
 * the whole project's declarations, they are merged into a {@link SymbolIndex} (in file order,
 * so the first declaration of a name wins the same way every run) and phase 2 analyses each
 * file against it, reusing the phase-1 parse: on the corpus, keeping ASTs costs about ten times
 * the source size (375 MB for MediaWiki's 37 MB), far less than parsing twice costs in time.
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

    /**
     * What is done with each parsed file; must be thread-safe. An analyzer that reads other
     * files' declarations says so, and then runs in a second phase, after every file has been
     * parsed and scanned into the symbol index.
     */
    public interface FileAnalyzer {
        List<Finding> analyse(ParseResult parsed, SymbolIndex index);

        default boolean needsIndex() {
            return false;
        }
    }

    /**
     * An analyzer with a whole-project step (`--find-dead-code`): in phase 2 each file yields,
     * besides its findings, facts {@code F} about it (what it declares and uses); once every file
     * is done, {@link #finishProject} judges them all together. The facts are gathered even for
     * files whose findings the cache holds (from the parse phase 1 made anyway), and the
     * project's findings are never cached: each depends on every file, and computing them is a
     * small part of a run. Facts are kept by file index, so the outcome does not depend on the
     * thread count.
     */
    public interface ProjectAnalyzer<F> extends FileAnalyzer {
        /** Whether this run has a project step; without one the analyzer is a plain file analyzer. */
        boolean projectMode();

        /** Phase 2 of one file: its findings (null when {@code findingsCached}) and facts. Thread-safe. */
        FileOutput<F> analyseInProject(ParseResult parsed, SymbolIndex index, boolean findingsCached);

        /** The project's findings, from every file's facts in file order (null for files not analysed). */
        List<Finding> finishProject(SymbolIndex index, List<F> facts);
    }

    public record FileOutput<F>(List<Finding> findings, F facts) {
    }

    /** A file between the phases: its parse (kept, so phase 2 need not parse again) and line count. */
    private record Parsed(SourceFile source, ParseResult parse, Symbols.FileSymbols symbols, long lines, Path cacheKey) {
    }

    public static Result run(List<FileSet.Entry> files, int threads, Progress progress, FileAnalyzer analyzer) {
        return run(files, threads, progress, analyzer, ResultCache.disabled());
    }

    public static Result run(List<FileSet.Entry> files, int threads, Progress progress, FileAnalyzer analyzer,
                             ResultCache cache) {
        return run(files, List.of(), threads, progress, analyzer, cache);
    }

    /**
     * @param declarationsOnly files read only for their declarations when the analyzer needs the
     *                         index (a composer project's autoload paths and vendor folder outside
     *                         the analysed paths): never analysed, never reported, not counted
     */
    public static Result run(List<FileSet.Entry> analysed, List<FileSet.Entry> declarationsOnly, int threads,
                             Progress progress, FileAnalyzer analyzer, ResultCache cache) {
        ProjectRun<?> project = ProjectRun.of(analyzer, analysed.size());
        boolean twoPhases = analyzer.needsIndex() || project != null;
        List<FileSet.Entry> files = new ArrayList<>(analysed);
        if (twoPhases) {
            files.addAll(declarationsOnly);
        }
        int reported = analysed.size();
        long[] sizes = files.stream().mapToLong(FileSet.Entry::size).toArray();
        List<WorkerPool.Outcome<Object>> first = WorkerPool.run(sizes, threads,
                i -> i < reported ? phaseOne(files.get(i), analyzer, cache, twoPhases) : declarations(files.get(i)), i -> {
                    if (!twoPhases) {
                        progress.step();
                    }
                });
        Object[] outcomes = new Object[files.size()];
        List<Failure> failures = new ArrayList<>();
        List<Symbols.FileSymbols> symbols = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            WorkerPool.Outcome<Object> o = first.get(i);
            if (o.failed()) {
                if (i < reported) {
                    failures.add(new Failure(files.get(i).display(), o.error()));
                }
                outcomes[i] = new FileResult(0, List.of(), null);
            } else {
                outcomes[i] = o.value();
                if (o.value() instanceof Parsed p) {
                    symbols.add(p.symbols());
                } else if (o.value() instanceof Symbols.FileSymbols s) {
                    symbols.add(s);
                }
            }
        }
        SymbolIndex index = null;
        if (twoPhases) {
            index = SymbolIndex.build(symbols);
            SymbolIndex phaseTwoIndex = index;
            String projectDigest = cache.enabled() ? projectDigest(files, outcomes) : "";
            long[] reportedSizes = java.util.Arrays.copyOf(sizes, reported);
            List<WorkerPool.Outcome<FileResult>> second = WorkerPool.run(reportedSizes, threads, i -> {
                if (!(outcomes[i] instanceof Parsed p)) {
                    return (FileResult) outcomes[i];
                }
                // Drop the parse as soon as it is used, so memory falls as the phase goes on.
                outcomes[i] = null;
                Path key = cache.keyInProject(p.cacheKey(), projectDigest);
                return project == null ? phaseTwo(p, analyzer, phaseTwoIndex, cache, key)
                        : project.phaseTwo(i, p.source(), p.parse(), p.lines(), phaseTwoIndex, cache, key);
            }, i -> progress.step());
            for (int i = 0; i < second.size(); i++) {
                WorkerPool.Outcome<FileResult> o = second.get(i);
                if (o.failed()) {
                    failures.add(new Failure(files.get(i).display(), o.error()));
                    outcomes[i] = new FileResult(0, List.of(), null);
                } else {
                    outcomes[i] = o.value();
                }
            }
        }
        List<FileResult> results = new ArrayList<>(reported);
        for (int i = 0; i < reported; i++) {
            results.add((FileResult) outcomes[i]);
        }
        if (project != null) {
            try {
                project.finish(index, results);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new Failure("(whole-project analysis)", e));
            }
        }
        failures.sort(java.util.Comparator.comparing(Failure::file));
        return new Result(results, failures);
    }

    /**
     * Read, look up the cache, parse. In a one-phase run the file is analysed here and only its
     * result kept; in a two-phase run the parse is kept for phase 2 (unless the cache answered).
     */
    private static Object phaseOne(FileSet.Entry file, FileAnalyzer analyzer, ResultCache cache, boolean twoPhases) {
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
        if (!twoPhases) {
            Optional<ResultCache.Entry> cached = cache.get(key, source.path());
            if (cached.isPresent()) {
                return fromCache(cached.get(), source);
            }
        }
        ParseResult parsed = PhpParsing.parse(source);
        Parsed p = new Parsed(source, parsed, twoPhases ? DeclarationScanner.scan(parsed) : null, lineCount(source), key);
        return twoPhases ? p : phaseTwo(p, analyzer, null, cache, key);
    }

    /** A file read for its declarations only: a file that cannot be read or parsed declares nothing here. */
    private static Object declarations(FileSet.Entry file) {
        try {
            if (Files.size(file.path()) > MAX_BYTES) {
                return new FileResult(0, List.of(), null);
            }
            SourceFile source = new SourceFile(file.display(), Files.readAllBytes(file.path()));
            return DeclarationScanner.scan(PhpParsing.parse(source));
        } catch (IOException e) {
            return new FileResult(0, List.of(), null);
        }
    }

    private static FileResult phaseTwo(Parsed p, FileAnalyzer analyzer, SymbolIndex index, ResultCache cache, Path key) {
        if (index != null) {
            Optional<ResultCache.Entry> cached = cache.get(key, p.source().path());
            if (cached.isPresent()) {
                return fromCache(cached.get(), p.source());
            }
        }
        List<Finding> findings = analyzer.analyse(p.parse(), index);
        cache.put(key, new ResultCache.Entry(p.lines(), findings));
        return new FileResult(p.lines(), findings, findings.isEmpty() ? null : p.source());
    }

    /**
     * Every file of the run, by path and content: what a file's findings may depend on when
     * rules read the whole project. Unreadable files count by path alone.
     */
    private static String projectDigest(List<FileSet.Entry> files, Object[] outcomes) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            all.append(files.get(i).display()).append('\0');
            if (outcomes[i] instanceof Parsed p && p.cacheKey() != null) {
                all.append(p.cacheKey().getFileName());
            } else if (outcomes[i] instanceof Symbols.FileSymbols) {
                // Read for declarations only, never hashed: its size and time stand for its content.
                all.append(files.get(i).size()).append('@').append(modified(files.get(i).path()));
            }
            all.append('\n');
        }
        return all.toString();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private static FileResult fromCache(ResultCache.Entry entry, SourceFile source) {
        return new FileResult(entry.lines(), entry.findings(), entry.findings().isEmpty() ? null : source);
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
