package argus.driver;

import argus.ast.ParseResult;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.parse.PhpParsing;
import argus.rules.RuleEngine;
import argus.source.SourceFile;
import java.util.List;

/** The per-file work of lint and analyse: parse, then run the enabled rules. */
public final class RuleAnalyzer implements Analysis.FileAnalyzer {
    private final RuleEngine engine;
    private final PhpVersionRange versions;

    public RuleAnalyzer(RuleEngine engine, PhpVersionRange versions) {
        this.engine = engine;
        this.versions = versions;
    }

    @Override
    public List<Finding> analyse(SourceFile source) {
        ParseResult parsed = PhpParsing.parse(source);
        return engine.run(parsed, versions);
    }
}
