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

    /** Two rules at the same int literals asking for one node fact; an odd literal's fact is null. */
    @RuleInfo(id = "Shared", category = Category.TYPES, severity = Severity.WARNING, summary = "test")
    static final class Shared implements NodeRule<Expr.IntLit> {
        static final java.util.List<Long> COMPUTED = new java.util.ArrayList<>();

        @Override public Class<Expr.IntLit> nodeType() { return Expr.IntLit.class; }

        @Override public void check(Expr.IntLit node, Scope scope, FindingSink out) {
            String fact = scope.nodeFact(Shared.class, node, () -> {
                COMPUTED.add(node.value());
                return node.value() % 2 == 0 ? "even " + node.value() : null;
            });
            out.report(node.span(), String.valueOf(fact));
        }
    }

    @RuleInfo(id = "SharedToo", category = Category.TYPES, severity = Severity.WARNING, summary = "test")
    static final class SharedToo implements NodeRule<Expr.IntLit> {
        @Override public Class<Expr.IntLit> nodeType() { return Expr.IntLit.class; }

        @Override public void check(Expr.IntLit node, Scope scope, FindingSink out) {
            out.report(node.span(), String.valueOf(scope.nodeFact(Shared.class, node, () -> "recomputed")));
        }
    }

    @Test
    void aNodeFactIsWorkedOutOncePerNodeForTheRulesThere() {
        Shared.COMPUTED.clear();
        SourceFile file = SourceFile.of("a.php", "<?php\n$a = [2, 3, 4];\n");
        List<Finding> found = RuleEngine.withDefaults(List.of(new Shared(), new SharedToo()))
                .run(PhpParsing.parse(file), PhpVersionRange.NEWEST);
        assertEquals(List.of(2L, 3L, 4L), Shared.COMPUTED);
        assertEquals(List.of("even 2", "even 2", "null", "null", "even 4", "even 4"),
                found.stream().map(Finding::message).toList());
    }
}
