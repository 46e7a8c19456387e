package argus.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.config.PhpVersionRange;
import argus.index.Builtins;
import argus.index.DeclarationScanner;
import argus.index.SymbolIndex;
import argus.parse.PhpParsing;
import argus.source.SourceFile;
import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link FlowAnalysis#onDemand} must give, node for node, what the whole-file analysis gives,
 * whichever node is asked about first: every fixture of the type and rule tests, in both
 * views (full and declared-only), asked about its nodes last to first.
 */
class FlowOnDemandTest {
    @TestFactory
    Stream<DynamicTest> sameFactsAsWholeFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(TestPaths.testdata("types")), Files.walk(TestPaths.testdata("rules")))) {
            files = s.filter(p -> p.toString().endsWith(".php")).sorted().toList();
        }
        assertTrue(files.size() > 50, "fixtures found: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        ParseResult parsed = PhpParsing.parse(new SourceFile(file.toString(), Files.readAllBytes(file)));
        TypeEnv full = new TypeEnv(SymbolIndex.build(List.of(DeclarationScanner.scan(parsed))), Builtins.get(),
                PhpVersionRange.NEWEST);
        List<Node> nodes = new ArrayList<>();
        new AstScanner() {
            @Override
            public void scan(Node node) {
                if (node != null) {
                    nodes.add(node);
                }
                super.scan(node);
            }
        }.scan(parsed.statements());
        Collections.reverse(nodes);
        for (TypeEnv env : List.of(full, full.declaredOnly())) {
            FlowFacts whole = FlowAnalysis.analyse(parsed, env);
            FlowFacts lazy = FlowAnalysis.onDemand(parsed, env);
            for (Node n : nodes) {
                String at = file.getFileName() + ":" + n.span().line() + " " + n.getClass().getSimpleName();
                if (n instanceof Expr e) {
                    assertEquals(whole.evaluated(e), lazy.evaluated(e), at);
                    assertEquals(whole.typeOf(e), lazy.typeOf(e), at);
                    assertEquals(whole.isGuarded(e), lazy.isGuarded(e), at);
                }
                if (n instanceof Expr.Variable v) {
                    assertEquals(whole.definedAt(v), lazy.definedAt(v), at);
                }
                if (n instanceof Stmt s) {
                    assertEquals(whole.isFirstUnreachable(s), lazy.isFirstUnreachable(s), at);
                }
                assertEquals(whole.fallsOffEnd(n), lazy.fallsOffEnd(n), at);
            }
        }
    }
}
