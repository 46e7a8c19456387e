package argus.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Name;
import argus.ast.ParseResult;
import argus.config.PhpVersionRange;
import argus.index.Builtins;
import argus.index.DeclarationScanner;
import argus.index.SymbolIndex;
import argus.parse.PhpParsing;
import argus.source.SourceFile;
import argus.testing.Expectations;
import argus.testing.TestPaths;
import argus.types.Type;
import argus.types.TypeParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * `testdata/types/*.php` call `assertType('?Order', $expr);`, a function only this harness
 * knows (PHPStan's nsrt idea): the type the flow analysis infers for the second argument
 * must print as the first. Production code knows nothing of assertType.
 * {@code assertGuarded(call())} and {@code assertNotGuarded(call())} check that an existence
 * guard (function_exists, class_exists, defined, method_exists) protects the call or not.
 */
class TypeAssertionsTest {
    /** expected null for a guard check; guarded tells which one. */
    record Assertion(String file, int line, String expected, Expr subject, boolean guarded) {
    }

    @TestFactory
    Stream<DynamicTest> assertions() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(TestPaths.testdata("types"))) {
            files = s.filter(p -> p.toString().endsWith(".php")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    static int check(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        ParseResult parsed = PhpParsing.parse(new SourceFile(file.getFileName().toString(), bytes));
        assertTrue(parsed.errors().isEmpty(), "syntax errors: " + parsed.errors());
        String php = Expectations.header(text).getOrDefault("php", null);
        PhpVersionRange versions = php == null ? PhpVersionRange.NEWEST : PhpVersionRange.parse(php);
        TypeEnv env = new TypeEnv(SymbolIndex.build(List.of(DeclarationScanner.scan(parsed))), Builtins.get(), versions);
        FlowFacts facts = FlowAnalysis.analyse(parsed, env);
        List<Assertion> assertions = find(parsed);
        assertTrue(!assertions.isEmpty(), "no assertType call");
        List<String> problems = new ArrayList<>();
        for (Assertion a : assertions) {
            if (a.expected() == null) {
                if (!facts.evaluated(a.subject())) {
                    problems.add(a.line() + ": guard check not reached by the analysis");
                } else if (facts.isGuarded(a.subject()) != a.guarded()) {
                    problems.add(a.line() + ": expected " + (a.guarded() ? "" : "not ") + "guarded");
                }
                continue;
            }
            TypeParser.Result expected = TypeParser.parse(a.expected());
            if (!expected.ok()) {
                problems.add(a.line() + ": bad expected type '" + a.expected() + "': " + expected.error());
                continue;
            }
            if (!facts.evaluated(a.subject())) {
                problems.add(a.line() + ": assertType not reached by the analysis");
                continue;
            }
            Type actual = facts.typeOf(a.subject());
            if (!actual.equals(expected.type())) {
                problems.add(a.line() + ": expected " + expected.type().describe() + " but inferred " + actual.describe());
            }
        }
        if (!problems.isEmpty()) {
            fail(file.getFileName() + ":\n" + String.join("\n", problems));
        }
        return assertions.size();
    }

    static List<Assertion> find(ParseResult parsed) {
        List<Assertion> out = new ArrayList<>();
        new AstScanner() {
            @Override
            public Void visitFuncCall(Expr.FuncCall n) {
                if (n.callee() instanceof Name name && name.is("asserttype") && n.args().size() == 2
                        && n.args().get(0).value() instanceof Expr.StringLit s) {
                    out.add(new Assertion(parsed.source().path(), n.span().line(), s.value(), n.args().get(1).value(), false));
                }
                if (n.callee() instanceof Name name && (name.is("assertguarded") || name.is("assertnotguarded"))
                        && n.args().size() == 1) {
                    out.add(new Assertion(parsed.source().path(), n.span().line(), null, n.args().get(0).value(),
                            name.is("assertguarded")));
                }
                return super.visitFuncCall(n);
            }
        }.scan(parsed.statements());
        return out;
    }
}
