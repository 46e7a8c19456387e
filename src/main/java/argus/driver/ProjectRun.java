package argus.driver;

import argus.ast.ParseResult;
import argus.cache.ResultCache;
import argus.diag.Finding;
import argus.index.SymbolIndex;
import argus.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole-project step of a run ({@link Analysis.ProjectAnalyzer}): collects each file's facts
 * in phase 2, by file index (each worker writes its own slot, read only after the phase), then
 * adds the project's findings to the files they are in. Sources are kept for every file, since a
 * file clean of its own findings may receive project findings, which reporters show with their line.
 */
final class ProjectRun<F> {
    private final Analysis.ProjectAnalyzer<F> analyzer;
    private final Object[] facts;
    private final SourceFile[] sources;

    private ProjectRun(Analysis.ProjectAnalyzer<F> analyzer, int files) {
        this.analyzer = analyzer;
        this.facts = new Object[files];
        this.sources = new SourceFile[files];
    }

    /** The project step of {@code analyzer}, or null when it has none in this run. */
    static ProjectRun<?> of(Analysis.FileAnalyzer analyzer, int files) {
        if (analyzer instanceof Analysis.ProjectAnalyzer<?> p && p.projectMode()) {
            return new ProjectRun<>(p, files);
        }
        return null;
    }

    /** Phase 2 of file {@code i}: findings from the cache when it has them, facts always. */
    Analysis.FileResult phaseTwo(int i, SourceFile source, ParseResult parse, long lines, SymbolIndex index,
                                 ResultCache cache, Path key) {
        Optional<ResultCache.Entry> cached = cache.get(key, source.path());
        Analysis.FileOutput<F> out = analyzer.analyseInProject(parse, index, cached.isPresent());
        List<Finding> findings = cached.isPresent() ? cached.get().findings() : out.findings();
        if (cached.isEmpty()) {
            cache.put(key, new ResultCache.Entry(lines, findings));
        }
        facts[i] = out.facts();
        sources[i] = source;
        return new Analysis.FileResult(lines, findings, findings.isEmpty() ? null : source);
    }

    /** Judges the whole project and adds its findings to {@code results} (in file order), in place. */
    @SuppressWarnings("unchecked")
    void finish(SymbolIndex index, List<Analysis.FileResult> results) {
        List<F> all = new ArrayList<>(facts.length);
        for (Object f : facts) {
            all.add((F) f);
        }
        List<Finding> found = analyzer.finishProject(index, all);
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] != null) {
                byPath.putIfAbsent(sources[i].path(), i);
            }
        }
        Map<Integer, List<Finding>> byFile = new HashMap<>();
        for (Finding f : found) {
            Integer i = byPath.get(f.file());
            if (i == null) {
                throw new IllegalStateException("a project finding in a file the run did not analyse: " + f.file());
            }
            byFile.computeIfAbsent(i, k -> new ArrayList<>()).add(f);
        }
        byFile.forEach((i, extra) -> {
            Analysis.FileResult r = results.get(i);
            List<Finding> merged = new ArrayList<>(r.findings());
            merged.addAll(extra);
            results.set(i, new Analysis.FileResult(r.lines(), merged, sources[i]));
        });
        Arrays.fill(sources, null);
    }
}
