package argus.ast;

import static argus.ast.T.S;
import static argus.ast.T.call;
import static argus.ast.T.id;
import static argus.ast.T.name;
import static argus.ast.T.num;
import static argus.ast.T.sq;
import static argus.ast.T.stmt;
import static argus.ast.T.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import argus.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstDumpTest {

    @Test
    void oneNodePerLineWithLabelledChildren() {
        assertEquals("""
                (ExprStmt
                  expr: (FuncCall
                    callee: (Name "foo" UNQUALIFIED)
                    args: [
                      (Arg
                        value: (Variable "x"))]))
                """, AstDump.dump(List.of(stmt(call(name("foo"), var("x"))))));
    }

    @Test
    void flagsModifiersAndScalarsAreInTheHead() {
        Expr call = new Expr.MethodCall(S, var("o"), id("m"), List.of(), true, false);
        assertEquals("""
                (MethodCall nullsafe
                  object: (Variable "o")
                  name: (Identifier "m"))
                """, AstDump.dump(call));
        Member m = new Member.Method(S, "/** d */", List.of(), new Modifiers(Modifiers.PUBLIC | Modifiers.STATIC),
                id("f"), false, List.of(), null, null);
        assertEquals("""
                (Method {public static}
                  docComment: "/** d */"
                  name: (Identifier "f")
                  body: null)
                """, AstDump.dump(m));
        assertEquals("(IntLit 31 \"0x1F\")\n", AstDump.dump(new Expr.IntLit(S, 31, "0x1F")));
        assertEquals("(IntLit 31 null)\n", AstDump.dump(new Expr.IntLit(S, 31, null)));
        assertEquals("(Binary CONCAT\n  left: (Variable \"a\")\n  right: (FloatLit 1.5 \"1.5\"))\n",
                AstDump.dump(new Expr.Binary(S, Expr.BinaryOp.CONCAT, var("a"), new Expr.FloatLit(S, 1.5, "1.5"))));
    }

    @Test
    void nullListIsNotEmptyList() {
        Stmt noElse = new Stmt.If(S, var("a"), List.of(), List.of(), null);
        Stmt emptyElse = new Stmt.If(S, var("a"), List.of(), List.of(), List.of());
        assertEquals("(If\n  cond: (Variable \"a\")\n  otherwise: null)\n", AstDump.dump(noElse));
        assertEquals("(If\n  cond: (Variable \"a\"))\n", AstDump.dump(emptyElse));
    }

    @Test
    void stringsAreEscapedToPlainAscii() {
        Expr s = sq("q\"b\\n\n\t\r\u00e9\u0001\u007f");
        assertEquals("(StringLit \"q\\\"b\\\\n\\n\\t\\r\\xE9\\x01\\x7F\" SINGLE_QUOTED)\n", AstDump.dump(s));
    }

    @Test
    void positionsAreLeftOut() {
        Span here = new Span(10, 12, 2, 3, 2, 5);
        Stmt a = new Stmt.ExprStmt(here, new Expr.Variable(here, "x"));
        Stmt b = stmt(var("x"));
        assertNotEquals(a, b);
        assertEquals(AstDump.dump(a), AstDump.dump(b));
        assertEquals(AstDump.dump(new Stmt.HaltCompiler(S, 10)), AstDump.dump(new Stmt.HaltCompiler(S, 99)));
    }

    @Test
    void differentTreesDumpDifferently() {
        Expr yieldKey = new Expr.Yield(S, var("k"), null);
        Expr yieldValue = new Expr.Yield(S, null, var("k"));
        assertNotEquals(AstDump.dump(yieldKey), AstDump.dump(yieldValue));
        assertNotEquals(AstDump.dump(sq("a")), AstDump.dump(new Expr.StringLit(S, "a", Expr.StringKind.NOWDOC)));
        assertNotEquals(AstDump.dump(name("\\A")), AstDump.dump(name("A")));
        assertNotEquals(AstDump.dump(num(1)), AstDump.dump(new Expr.IntLit(S, 1, "01")));
    }
}
