package argus.driver;

import argus.ast.ParseResult;
import argus.config.EntryPoint;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.index.Builtins;
import argus.index.SymbolIndex;
import argus.rules.RuleEngine;
import argus.rules.RuleSelection;
import argus.usage.FileUsage;
import argus.usage.ProjectUsage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-file work of lint and analyse: run the enabled rules on the parse, then (for analyse)
 * apply the file's suppression comments, which adds the stale ones as UnusedSuppression.
 * When whole-project rules are on, each file also yields its usage facts and its suppressions,
 * and the project rules run once at the end; their findings go through the same comments, in
 * a second pass that judges only the directives naming a project rule.
 */
public final class RuleAnalyzer implements Analysis.ProjectAnalyzer<RuleAnalyzer.ProjectFile> {
    /** One file's share of a whole-project run. */
    public record ProjectFile(FileUsage usage, FileSuppressions suppressions) {
    }

    private final RuleEngine engine;
    private final PhpVersionRange versions;
    private final RuleSelection suppressionsFor;
    private final List<EntryPoint> entryPoints;
    private final Set<String> projectRules;

    /** Without suppression comments (lint). */
    public RuleAnalyzer(RuleEngine engine, PhpVersionRange versions) {
        this(engine, versions, null, List.of());
    }

    public RuleAnalyzer(RuleEngine engine, PhpVersionRange versions, RuleSelection selection) {
        this(engine, versions, selection, List.of());
    }

    /**
     * @param selection   the rules that ran, which tells which suppressions could have matched
     * @param entryPoints argus.json's {@code entryPoints}: symbols used from outside the project
     */
    public RuleAnalyzer(RuleEngine engine, PhpVersionRange versions, RuleSelection selection,
                        List<EntryPoint> entryPoints) {
        this.engine = engine;
        this.versions = versions;
        this.suppressionsFor = selection;
        this.entryPoints = List.copyOf(entryPoints);
        this.projectRules = engine.projectRuleIds();
    }

    @Override
    public boolean needsIndex() {
        return engine.needs().project();
    }

    @Override
    public boolean projectMode() {
        return engine.hasProjectRules();
    }

    @Override
    public List<Finding> analyse(ParseResult parsed, SymbolIndex index) {
        return suppress(parsed, engine.run(parsed, versions, index));
    }

    private List<Finding> suppress(ParseResult parsed, List<Finding> findings) {
        return suppressionsFor == null ? findings : suppress(Suppressions.of(parsed), findings);
    }

    private List<Finding> suppress(FileSuppressions comments, List<Finding> findings) {
        return withUnused(comments.apply(findings, suppressionsFor, projectRules));
    }

    private static List<Finding> withUnused(FileSuppressions.Result applied) {
        if (applied.unused().isEmpty()) {
            return applied.kept();
        }
        List<Finding> out = new ArrayList<>(applied.kept());
        out.addAll(applied.unused());
        return out;
    }

    @Override
    public Analysis.FileOutput<ProjectFile> analyseInProject(ParseResult parsed, SymbolIndex index,
                                                             boolean findingsCached) {
        RuleEngine.FileRun run = engine.usage(parsed, versions, index, !findingsCached);
        FileSuppressions comments = suppressionsFor == null ? FileSuppressions.NONE : Suppressions.of(parsed);
        List<Finding> findings = findingsCached ? null
                : suppressionsFor == null ? run.findings() : suppress(comments, run.findings());
        return new Analysis.FileOutput<>(findings, new ProjectFile(run.usage(), comments));
    }

    @Override
    public List<Finding> finishProject(SymbolIndex index, List<ProjectFile> files) {
        List<FileUsage> usages = new ArrayList<>();
        for (ProjectFile f : files) {
            if (f != null) {
                usages.add(f.usage());
            }
        }
        List<Finding> found = engine.project(ProjectUsage.of(index, Builtins.get(), usages, entryPoints));
        if (suppressionsFor == null) {
            return found;
        }
        Map<String, List<Finding>> byFile = new HashMap<>();
        found.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        List<Finding> out = new ArrayList<>();
        for (ProjectFile f : files) {
            if (f == null || f.suppressions().isEmpty() && !byFile.containsKey(f.usage().file())) {
                continue;
            }
            List<Finding> mine = byFile.remove(f.usage().file());
            out.addAll(withUnused(f.suppressions().applyDeferred(mine == null ? List.of() : mine, suppressionsFor,
                    projectRules)));
        }
        return out;
    }
}
