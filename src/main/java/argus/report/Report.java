package argus.report;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a reporter writes: the tool, the run's totals, the findings in their final order, the
 * sources of the files that have findings (for code snippets and fingerprints), and notices about
 * the run that are not findings (skipped folders; SARIF's toolExecutionNotifications).
 */
public record Report(String toolName, String toolVersion, int files, long lines, long durationMs,
                     List<Finding> findings, SortedMap<String, SourceFile> sources, List<String> notices) {
    public Report {
        List<Finding> sorted = new ArrayList<>(findings);
        Collections.sort(sorted);
        findings = List.copyOf(sorted);
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
        notices = List.copyOf(notices);
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

    /** Fingerprints of {@link #findings()}, index for index. */
    public List<String> fingerprints() {
        return Fingerprints.of(findings, this::source);
    }
}
