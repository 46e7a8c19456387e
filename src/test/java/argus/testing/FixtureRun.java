package argus.testing;

import argus.ast.ParseResult;
import argus.config.Config;
import argus.config.EntryPoint;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.driver.Analysis;
import argus.driver.RuleAnalyzer;
import argus.index.DeclarationScanner;
import argus.index.SymbolIndex;
import argus.index.Symbols;
import argus.parse.PhpParsing;
import argus.rules.Rule;
import argus.rules.RuleEngine;
import argus.rules.RuleSelection;
import argus.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs rules over fixture files the way `argus analyse` does, for the fixture and doc tests. */
public final class FixtureRun {
    private FixtureRun() {
    }

    /** The rules given, all on at their default severities, suppression comments applied as in analyse. */
    public static List<Finding> analyse(List<Rule> rules, PhpVersionRange versions, List<SourceFile> files) {
        return analyse(rules, versions, files, 1, List.of());
    }

    /**
     * At a given `--level` (rules stricter than it are off, and rules reading the level see it),
     * with argus.json's {@code entryPoints} for the whole-project rules.
     */
    public static List<Finding> analyse(List<Rule> rules, PhpVersionRange versions, List<SourceFile> files, int level,
                                        List<String> entryPoints) {
        Config config = Config.defaults(Path.of("."), versions);
        RuleSelection selection = RuleSelection.of(config, rules.stream().map(Rule::id).toList(), List.of(), level, rules);
        RuleAnalyzer analyzer = new RuleAnalyzer(new RuleEngine(selection.enabledRules(), r -> selection.severity(r.id()), level),
                versions, selection, entryPoints.stream().map(EntryPoint::parse).toList());
        // Both phases, as analyse runs them: every file parsed and indexed, then each analysed.
        List<ParseResult> parsed = new ArrayList<>();
        List<Symbols.FileSymbols> symbols = new ArrayList<>();
        for (SourceFile file : files) {
            ParseResult p = PhpParsing.parse(file);
            parsed.add(p);
            symbols.add(DeclarationScanner.scan(p));
        }
        SymbolIndex index = SymbolIndex.build(symbols);
        List<Finding> out = new ArrayList<>();
        if (analyzer.projectMode()) {
            // As the driver's project step: every file's findings and facts, then the project's findings.
            List<RuleAnalyzer.ProjectFile> facts = new ArrayList<>();
            for (ParseResult p : parsed) {
                Analysis.FileOutput<RuleAnalyzer.ProjectFile> o = analyzer.analyseInProject(p, index, false);
                out.addAll(o.findings());
                facts.add(o.facts());
            }
            out.addAll(analyzer.finishProject(index, facts));
        } else {
            for (ParseResult p : parsed) {
                out.addAll(analyzer.analyse(p, index));
            }
        }
        out.sort(null);
        return out;
    }

    public static SourceFile read(Path file, String displayName) throws IOException {
        return new SourceFile(displayName, Files.readAllBytes(file));
    }
}
