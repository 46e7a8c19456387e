package argus.report;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a reporter writes: the tool, where the project is, the run's totals, the findings in
 * their final order, the sources of the files that findings and their traces point into (for code
 * snippets, fingerprints and SARIF's UTF-16 columns), and notices about the run.
 *
 * <p>Two folders, because findings carry display paths (relative to {@code cwd}, where argus ran)
 * while baselines and SARIF need paths that do not depend on where argus ran: those are taken
 * relative to {@code root}, the folder of argus.json (or the working folder without one).
 * Build one with {@link #builder()}.
 */
public record Report(String toolName, String toolVersion, Path root, Path cwd, int files, long lines,
                     long durationMs, List<Finding> findings, SortedMap<String, SourceFile> sources,
                     List<Notice> notices) {
    public Report {
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(toolVersion, "toolVersion");
        root = root.toAbsolutePath().normalize();
        cwd = cwd.toAbsolutePath().normalize();
        List<Finding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        findings = List.copyOf(sorted);
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        notices = List.copyOf(notices);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same run with other findings: what a baseline leaves. */
    public Report withFindings(List<Finding> kept) {
        return new Report(toolName, toolVersion, root, cwd, files, lines, durationMs, kept, sources, notices);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Finding counts per category, in the categories' declared order, only those present. */
    public Map<Category, Long> byCategory() {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Finding f : findings) {
            counts.merge(f.category(), 1L, Long::sum);
        }
        return counts;
    }

    /** The source of a file with findings, or null (a file that could not be read). */
    public SourceFile source(String file) {
        return sources.get(file);
    }

    /** The absolute path of a display path. */
    public Path absolute(String file) {
        return cwd.resolve(file).normalize();
    }

    /** Whether a display path names a file below the project root. */
    public boolean inProject(String file) {
        return absolute(file).startsWith(root);
    }

    /**
     * A display path made relative to the project root, with {@code /} separators; for a file
     * outside the root, its absolute path (with {@code /}), which is at least the same from any folder.
     */
    public String projectPath(String file) {
        Path abs = absolute(file);
        Path p = abs.startsWith(root) ? root.relativize(abs) : abs;
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    /** Fingerprints of {@link #findings()}, index for index, over project paths. */
    public List<String> fingerprints() {
        return Fingerprints.of(findings, this::source, this::projectPath);
    }

    /** Defaults: tool "argus" "dev", root and cwd the process's working folder, no files, no findings. */
    public static final class Builder {
        private String toolName = "argus";
        private String toolVersion = "dev";
        private Path root;
        private Path cwd;
        private int files;
        private long lines;
        private long durationMs;
        private List<Finding> findings = List.of();
        private final SortedMap<String, SourceFile> sources = new TreeMap<>();
        private List<Notice> notices = List.of();

        private Builder() {
        }

        public Builder tool(String name, String version) {
            this.toolName = name;
            this.toolVersion = version;
            return this;
        }

        public Builder root(Path root) {
            this.root = root;
            return this;
        }

        public Builder cwd(Path cwd) {
            this.cwd = cwd;
            return this;
        }

        public Builder files(int files) {
            this.files = files;
            return this;
        }

        public Builder lines(long lines) {
            this.lines = lines;
            return this;
        }

        public Builder durationMs(long durationMs) {
            this.durationMs = durationMs;
            return this;
        }

        public Builder findings(List<Finding> findings) {
            this.findings = findings;
            return this;
        }

        /** Adds sources, keyed by their (display) path. */
        public Builder sources(Collection<SourceFile> sources) {
            sources.forEach(s -> this.sources.put(s.path(), s));
            return this;
        }

        public Builder notices(List<Notice> notices) {
            this.notices = notices;
            return this;
        }

        public Report build() {
            Path here = Path.of("").toAbsolutePath();
            Path c = cwd != null ? cwd : here;
            return new Report(toolName, toolVersion, root != null ? root : c, c, files, lines, durationMs,
                    findings, sources, notices);
        }
    }
}
