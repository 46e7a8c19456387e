package argus.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import argus.ast.Expr;
import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.parse.PhpParsing;
import argus.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    @RuleInfo(id = "Literals", category = Category.TYPES, severity = Severity.WARNING, summary = "test")
    static final class Literals implements NodeRule<Expr> {
        @Override public Class<Expr> nodeType() { return Expr.class; }

        @Override public List<Class<? extends Expr>> nodeTypes() { return List.of(Expr.IntLit.class, Expr.FloatLit.class); }

        @Override public void check(Expr node, Scope scope, FindingSink out) {
            // An int asks for ERROR (capped at the rule's WARNING), a float for NOTE.
            out.report(node.span(), "literal", node instanceof Expr.IntLit ? Severity.ERROR : Severity.NOTE);
        }
    }

    @Test
    void aRuleGetsEveryNodeTypeItListsAndCanOnlyLowerItsSeverity() {
        SourceFile file = SourceFile.of("a.php", "<?php\n$a = 1 + 2.5 . 'x';\n");
        List<Finding> found = RuleEngine.withDefaults(List.of(new Literals())).run(PhpParsing.parse(file), PhpVersionRange.NEWEST);
        assertEquals(List.of(Severity.WARNING, Severity.NOTE), found.stream().map(Finding::severity).toList());
    }
}
