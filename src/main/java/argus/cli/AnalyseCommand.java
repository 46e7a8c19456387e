package argus.cli;

import argus.config.Baseline;
import argus.config.Config;
import argus.config.ConfigException;
import argus.config.ConfigLoader;
import argus.config.EntryPoint;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.driver.FileSet;
import argus.driver.PathIgnores;
import argus.driver.RuleAnalyzer;
import argus.report.Report;
import argus.rules.RuleEngine;
import argus.rules.RuleSelection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code argus analyse}: the main command of the contract. */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
        versionProvider = Version.Provider.class,
        description = "Analyse PHP files and folders. "
                + "Exit codes: 0 nothing at or above --fail-on, 1 findings that fail, 2 usage or config error, 3 internal error.")
final class AnalyseCommand extends FileCommand {
    /** Findings here are what other people's code does: read for its symbols, not reported. */
    private static final List<String> NEVER_REPORTED = List.of("vendor", "node_modules");

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: argus.json in the working folder).")
    String configFile;

    @Option(names = "--no-config", description = "Ignore any config file.")
    boolean noConfig;

    @Option(names = "--php-version", paramLabel = "V|V1..V2",
            description = "Target PHP version or range, e.g. 8.1 or 7.4..8.4 (default: the config's, composer.json's require.php, else the newest argus knows).")
    String phpVersion;

    @Option(names = "--level", paramLabel = "1..5", description = "How sure a finding must be to be reported (1 strictest; default 3).")
    Integer level;

    @Option(names = "--enable", paramLabel = "RULE,...", split = ",", description = "Turn rules or categories on.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE,...", split = ",", description = "Turn rules or categories off.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--find-dead-code",
            description = "Also report public code that nothing in the project uses (classes, functions, methods, properties, constants).")
    boolean findDeadCode;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Lowest severity that makes the exit code 1: error, warning, note or never (default: error).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that are not in this baseline.")
    String baselineFile;

    @Option(names = "--set-baseline", paramLabel = "FILE", description = "Write the current findings as a baseline.")
    String setBaseline;

    @Option(names = "--update-baseline", description = "Remove fixed findings from the baseline (never adds any).")
    boolean updateBaseline;

    @Option(names = "--report-stale-baseline", description = "List baseline entries that match no finding any more.")
    boolean reportStale;

    @Option(names = "--dump-types", paramLabel = "FILE:LINE",
            description = "Instead of the report, print the inferred types of the variables in scope before the statement at that line.")
    String dumpTypes;

    private Config config;
    private PhpVersionRange versions;
    private DumpTypes dump;

    @Override
    Plan plan(Io io) {
        try {
            ConfigLoader.Loaded loaded = ConfigLoader.load(io.cwd(), configFile, noConfig);
            if (phpVersion == null) {
                loaded.warnings().forEach(w -> io.err().println("argus: warning: " + w));
            }
            config = loaded.config();
            versions = phpVersion != null ? parseVersions(phpVersion) : config.phpVersions();
            dump = dumpTypes == null ? null : DumpTypes.parse(io.cwd(), dumpTypes);
            RuleSelection selection = RuleSelection.of(config, enable, disable, level, findDeadCode);
            selection.warnings().forEach(w -> io.err().println("argus: warning: " + w));
            PathIgnores ignores = PathIgnores.of(config);
            Severity fail = failOn != null ? parseFailOn(failOn) : config.failOn();
            RuleEngine engine = new RuleEngine(selection.enabledRules(), r -> selection.severity(r.id()), selection.level());
            String key = "analyse\n" + versions + "\n" + selection.choices().stream()
                    .map(c -> c.id() + "=" + (c.enabled() ? c.severity() : "off")).collect(Collectors.joining(","));
            Path root = config.root().toAbsolutePath().normalize();
            List<String> defaultPaths = config.paths().stream()
                    .map(p -> io.cwd().relativize(root.resolve(p).normalize()).toString())
                    .map(p -> p.isEmpty() ? "." : p).toList();
            return new Plan(root, defaultPaths, ignores::excludes, new RuleAnalyzer(engine, versions, selection,
                    config.entryPoints().stream().map(EntryPoint::parse).toList()), key,
                    findings -> reportable(ignores.filter(findings, io.cwd()), root, io.cwd()), fail);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static PhpVersionRange parseVersions(String text) {
        try {
            return PhpVersionRange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--php-version: " + e.getMessage());
        }
    }

    private static Severity parseFailOn(String text) {
        if (text.equalsIgnoreCase("never")) {
            return null;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on must be error, warning, note or never, not '" + text + "'");
        }
    }

    @Override
    Integer instead(Io io, Plan plan, List<FileSet.Entry> files, int workers) throws java.io.IOException {
        return dump == null ? null : dump.run(io, files, declarationsOnly(io, plan, files), workers, versions);
    }

    /** Drops findings in the project's vendor/ and node_modules/ folders. */
    private static List<Finding> reportable(List<Finding> findings, Path root, Path cwd) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Path file = cwd.resolve(f.file()).normalize();
            boolean foreign = file.startsWith(root) && NEVER_REPORTED.stream().anyMatch(d -> file.startsWith(root.resolve(d)));
            if (!foreign) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    Report finish(Io io, Plan plan, Report report) {
        Path baselinePath = baselineFile != null ? io.cwd().resolve(baselineFile)
                : config.baseline() != null ? config.root().resolve(config.baseline()) : null;
        if (setBaseline != null) {
            Baseline.of(report.findings(), report.fingerprints()).write(io.cwd().resolve(setBaseline));
            io.err().println("argus: wrote " + report.findings().size() + " findings to the baseline " + setBaseline);
            return report;
        }
        if (baselinePath == null) {
            if (updateBaseline || reportStale) {
                throw new UsageException("--update-baseline and --report-stale-baseline need a baseline (--baseline FILE)");
            }
            return report;
        }
        Baseline baseline;
        try {
            baseline = Baseline.load(baselinePath);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
        Baseline.Match match = baseline.filter(report.findings(), report.fingerprints());
        if (reportStale) {
            for (Baseline.Entry stale : match.stale()) {
                io.err().println("argus: stale baseline entry: " + stale.file() + ": " + stale.rule() + ": " + stale.message());
            }
        }
        if (updateBaseline) {
            baseline.update(match).write(baselinePath);
            io.err().println("argus: removed " + match.stale().size() + " fixed findings from the baseline");
        }
        return report.withFindings(match.fresh());
    }
}
