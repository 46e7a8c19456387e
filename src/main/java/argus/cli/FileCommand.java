package argus.cli;

import argus.cache.ResultCache;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.driver.FileSet;
import argus.driver.Analysis;
import argus.driver.Progress;
import argus.parse.WarmUp;
import argus.report.Format;
import argus.report.Notice;
import argus.report.Report;
import argus.source.SourceFile;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.ParentCommand;

/**
 * What {@code lint} and {@code analyse} share: choosing the files, running on the worker threads,
 * writing the report, and the exit code. Subclasses add their own stages.
 */
abstract class FileCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "PATH", description = "Files and folders to check (default: the current folder).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "Also check the files listed in FILE, one path per line ('-' reads stdin).")
    String filesFrom;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip paths matching GLOB, relative to the folder given (e.g. 'vendor/**', '**/tests/**'). Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Report format: text, json, sarif, checkstyle, junit or github (default: text).")
    Format format = Format.TEXT;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    String output;

    @Option(names = "--no-progress", description = "Never show the progress line (it shows only when stderr is a terminal).")
    boolean noProgress;

    @Option(names = "--no-cache", description = "Neither read nor write the result cache.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Result cache folder (default: $XDG_CACHE_HOME/argus or ~/.cache/argus).")
    String cacheDir;

    /**
     * What a run does, settled before any file is read: so that every configuration problem
     * is reported (exit 2) before work starts.
     *
     * @param root        the project root: the folder of argus.json, else the working folder
     * @param defaultPaths what to analyse when no path is given on the command line
     * @param excluded    files to leave out, by absolute path (config excludes)
     * @param postFilter  what happens to a run's findings before the report (path ignores)
     * @param failOn      lowest severity that fails the run, null for never
     */
    record Plan(Path root, List<String> defaultPaths, Predicate<Path> excluded, Analysis.FileAnalyzer analyzer,
                String resultsKey, UnaryOperator<List<Finding>> postFilter, Severity failOn) {
    }

    abstract Plan plan(Io io);

    /**
     * When the rules read the whole project: the PHP files of a composer project's autoload paths
     * and vendor folder (see {@link argus.config.ComposerAutoload}) that the run does not analyse,
     * read for their declarations only.
     */
    static List<FileSet.Entry> declarationsOnly(Io io, Plan plan, List<FileSet.Entry> analysed) {
        if (!plan.analyzer().needsIndex()) {
            return List.of();
        }
        java.util.Set<Path> seen = new java.util.HashSet<>();
        analysed.forEach(e -> seen.add(e.path().toAbsolutePath().normalize()));
        List<FileSet.Entry> out = new ArrayList<>();
        for (Path p : argus.config.ComposerAutoload.paths(plan.root())) {
            try {
                for (FileSet.Entry e : FileSet.expand(io.cwd(), List.of(p.toString()), List.of()).files()) {
                    if (seen.add(e.path().toAbsolutePath().normalize())) {
                        out.add(e);
                    }
                }
            } catch (FileSet.InputException | IllegalArgumentException e) {
                // A path composer.json names but the disk lacks: nothing to read there.
            }
        }
        return out;
    }

    /**
     * A run that does something else than a report with the chosen files (analyse --dump-types):
     * its exit code, or null for the usual run.
     */
    Integer instead(Io io, Plan plan, List<FileSet.Entry> files, int workers) throws IOException {
        return null;
    }

    /** The report as written: analyse applies its baseline here. */
    Report finish(Io io, Plan plan, Report report) {
        return report;
    }

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        Io io = main.io();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 1024) {
            throw new UsageException("--threads must be between 1 and 1024, not " + workers);
        }
        Path out = output == null ? null : checkOutput(io.cwd(), output);
        Plan plan = plan(io);
        List<String> roots = new ArrayList<>(paths);
        if (filesFrom != null) {
            roots.addAll(readList(io, filesFrom));
        } else if (roots.isEmpty()) {
            roots.addAll(plan.defaultPaths());
        }
        FileSet expanded;
        try {
            expanded = FileSet.expand(io.cwd(), roots, excludes);
        } catch (FileSet.InputException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<FileSet.Entry> files = expanded.files().stream().filter(e -> !plan.excluded().test(e.path())).toList();
        expanded.warnings().forEach(w -> io.err().println("argus: warning: " + w));
        if (files.isEmpty()) {
            // Not an error (an empty folder is clean), but a mistyped path or --exclude should not pass unseen.
            io.err().println("argus: warning: no PHP files found in " + String.join(" ", roots));
        }
        WarmUp.stop();
        Integer other = instead(io, plan, files, workers);
        if (other != null) {
            return other;
        }

        Analysis.Result parsed;
        try (Progress progress = io.errIsTerminal() && !noProgress
                ? Progress.terminal(io.err(), "analysing", files.size()) : Progress.NONE) {
            parsed = Analysis.run(files, declarationsOnly(io, plan, files), workers, progress, plan.analyzer(),
                    cache(io, plan.resultsKey()));
        }
        for (Analysis.Failure f : parsed.failures()) {
            io.err().println("argus: internal error while analysing " + f.file() + ": " + Main.describe(f.error())
                    + "; " + Main.REPORT_HINT);
            Main.debug(io.err(), f.error());
        }
        List<SourceFile> sources = new ArrayList<>();
        for (Analysis.FileResult r : parsed.files()) {
            if (r.source() != null) {
                sources.add(r.source());
            }
        }
        List<Notice> notices = new ArrayList<>();
        expanded.warnings().forEach(w -> notices.add(Notice.warning(w)));
        parsed.failures().forEach(f -> notices.add(new Notice(f.file(), Severity.ERROR,
                "internal error while analysing: " + Main.describe(f.error()))));
        long millis = (System.nanoTime() - started) / 1_000_000;
        Report report = Report.builder().tool(Version.NAME, Version.VERSION).root(plan.root()).cwd(io.cwd())
                .files(files.size()).lines(parsed.lines()).durationMs(millis)
                .findings(plan.postFilter().apply(parsed.findings())).sources(sources).notices(notices).build();
        report = finish(io, plan, report);
        write(io, report, out);
        if (!parsed.failures().isEmpty()) {
            return Main.INTERNAL;
        }
        return failing(report.findings(), plan.failOn()) ? Main.FINDINGS : Main.OK;
    }

    static boolean failing(List<Finding> findings, Severity failOn) {
        // Severities are declared most severe first: ERROR fails at ERROR, WARNING at ERROR and WARNING, ...
        return failOn != null && findings.stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0);
    }

    private ResultCache cache(Io io, String resultsKey) {
        if (noCache) {
            return ResultCache.disabled();
        }
        Path dir;
        String fallback = System.getProperty("argus.cache.dir");
        if (cacheDir != null) {
            dir = io.cwd().resolve(cacheDir);
        } else if (fallback != null && !fallback.isEmpty()) {
            // The tests' own cache folder, so that they never write into the user's.
            dir = Path.of(fallback);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            dir = (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                    .resolve("argus");
        }
        return ResultCache.open(dir, Version.BUILD + "\n" + resultsKey);
    }

    private void write(Io io, Report report, Path out) throws IOException {
        boolean colour = out == null && format == Format.TEXT && io.outIsTerminal() && !io.noColor();
        if (out == null) {
            try {
                format.reporter(colour).write(report, io.out());
                io.out().flush();
            } catch (IOException e) {
                // "argus lint | head" closes the pipe early: the reader has what it wanted, as with any Unix tool.
                if (!String.valueOf(e.getMessage()).contains("Broken pipe")) {
                    throw new UsageException("cannot write the report to stdout: " + reason(e));
                }
            }
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        format.reporter(false).write(report, buffer);
        try {
            Files.write(out, buffer.toByteArray());
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + reason(e));
        }
    }

    /** Fails before any work is done when the report could not be written at the end. */
    private static Path checkOutput(Path cwd, String output) {
        Path p = cwd.resolve(output).toAbsolutePath().normalize();
        Path parent = p.getParent();
        if (Files.isDirectory(p)) {
            throw new UsageException("cannot write " + output + ": it is a folder");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("cannot write " + output + ": no such folder " + (parent == null ? "/" : parent));
        }
        if (Files.exists(p) ? !Files.isWritable(p) : !Files.isWritable(parent)) {
            throw new UsageException("cannot write " + output + ": permission denied");
        }
        return p;
    }

    private static List<String> readList(Io io, String listFile) {
        List<String> out = new ArrayList<>();
        try (InputStream in = listFile.equals("-") ? io.in() : Files.newInputStream(io.cwd().resolve(listFile));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read --files-from " + listFile + ": " + reason(e));
        }
        return out;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
