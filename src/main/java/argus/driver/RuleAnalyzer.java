package argus.driver;

import argus.ast.ParseResult;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.rules.RuleEngine;
import argus.rules.RuleSelection;
import argus.index.SymbolIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-file work of lint and analyse: run the enabled rules on the parse, then (for analyse)
 * apply the file's suppression comments, which adds the stale ones as UnusedSuppression.
 */
public final class RuleAnalyzer implements Analysis.FileAnalyzer {
    private final RuleEngine engine;
    private final PhpVersionRange versions;
    private final RuleSelection suppressionsFor;

    /** Without suppression comments (lint). */
    public RuleAnalyzer(RuleEngine engine, PhpVersionRange versions) {
        this(engine, versions, null);
    }

    /** @param selection the rules that ran, which tells which suppressions could have matched */
    public RuleAnalyzer(RuleEngine engine, PhpVersionRange versions, RuleSelection selection) {
        this.engine = engine;
        this.versions = versions;
        this.suppressionsFor = selection;
    }

    @Override
    public boolean needsIndex() {
        return engine.needs().project();
    }

    @Override
    public List<Finding> analyse(ParseResult parsed, SymbolIndex index) {
        List<Finding> findings = engine.run(parsed, versions, index);
        if (suppressionsFor == null) {
            return findings;
        }
        FileSuppressions.Result applied = Suppressions.of(parsed).apply(findings, suppressionsFor);
        if (applied.unused().isEmpty()) {
            return applied.kept();
        }
        List<Finding> out = new ArrayList<>(applied.kept());
        out.addAll(applied.unused());
        return out;
    }
}
