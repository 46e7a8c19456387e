package argus.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.ast.Member;
import argus.ast.Node;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.parse.PhpParsing;
import argus.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileDeclarationsTest {
    private static ParseResult parse(String php) {
        return PhpParsing.parse(new SourceFile("t.php", php.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static List<String> functionNames(List<Stmt.FunctionDecl> fs) {
        return fs.stream().map(f -> f.name().name()).toList();
    }

    @Test
    void unitsAreTheNamedDeclarationsInSourceOrderOutsideAnonymousClasses() {
        String php = """
                <?php
                function a() { function nested() {} }
                if (!function_exists('b')) { function b() {} }
                class C { public function m() { function inMethod() {} } }
                $x = new class(function () { function inArgument() {} }) {
                    public function anon() { function inAnonymous() {} }
                };
                interface I {}
                """;
        ParseResult file = parse(php);
        FileDeclarations d = FileDeclarations.of(file);
        assertEquals(List.of("a", "nested", "b", "inMethod", "inArgument"),
                functionNames(d.functions(0, Integer.MAX_VALUE)));
        assertEquals(List.of("C", "I"), d.classes(0, Integer.MAX_VALUE).stream().map(c -> c.name().name()).toList());
        assertSame(d, FileDeclarations.of(file), "kept for the next question about the same parse");
    }

    @Test
    void eachNamespaceGetsItsOwnAndReturnInferenceFindsEveryFunctionAndMethod() {
        String php = """
                <?php
                namespace A;
                function f() {}
                class K { function m() {} }
                namespace B;
                function g() {}
                $o = new class { function hidden() {} };
                """;
        ParseResult file = parse(php);
        FileDeclarations d = FileDeclarations.of(file);
        Stmt.Namespace a = (Stmt.Namespace) file.statements().get(0);
        Stmt.Namespace b = (Stmt.Namespace) file.statements().get(1);
        assertEquals(List.of("f"), functionNames(d.functions(a.span().start(), a.span().end())));
        assertEquals(List.of("g"), functionNames(d.functions(b.span().start(), b.span().end())));
        assertEquals(1, d.classes(a.span().start(), a.span().end()).size());
        assertTrue(d.classes(b.span().start(), b.span().end()).isEmpty());

        Node hidden = d.at(php.indexOf("function hidden"));
        assertTrue(hidden instanceof Member.Method m && m.name().name().equals("hidden"), "methods of anonymous classes too");
        assertTrue(d.at(php.indexOf("function f")) instanceof Stmt.FunctionDecl);
        assertNull(d.at(php.indexOf("class K")));
    }
}
