package argus.ast;

import static argus.ast.T.S;
import static argus.ast.T.arg;
import static argus.ast.T.assign;
import static argus.ast.T.bin;
import static argus.ast.T.call;
import static argus.ast.T.code;
import static argus.ast.T.echo;
import static argus.ast.T.id;
import static argus.ast.T.name;
import static argus.ast.T.num;
import static argus.ast.T.param;
import static argus.ast.T.prop;
import static argus.ast.T.ret;
import static argus.ast.T.sq;
import static argus.ast.T.stmt;
import static argus.ast.T.str;
import static argus.ast.T.type;
import static argus.ast.T.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import argus.ast.Expr.BinaryOp;
import argus.ast.Expr.StringKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstPrinterTest {

    @Test
    void compoundOperandsAreParenthesized() {
        Expr sum = bin(BinaryOp.ADD, var("a"), var("b"));
        assertEquals("($a + $b) * $c", code(bin(BinaryOp.MUL, sum, var("c"))));
        assertEquals("$c * ($a + $b)", code(bin(BinaryOp.MUL, var("c"), sum)));
        assertEquals("$a - (-5)", code(bin(BinaryOp.SUB, var("a"), new Expr.IntLit(S, -5, null))));
        assertEquals("-(-$a)", code(new Expr.Unary(S, Expr.UnaryOp.MINUS, new Expr.Unary(S, Expr.UnaryOp.MINUS, var("a")))));
        assertEquals("($a ? $b : $c) ?: $d",
                code(new Expr.Ternary(S, new Expr.Ternary(S, var("a"), var("b"), var("c")), null, var("d"))));
        assertEquals("!($a instanceof Foo)",
                code(new Expr.Unary(S, Expr.UnaryOp.NOT, new Expr.Instanceof(S, var("a"), name("Foo")))));
        assertEquals("(int)($a . 'x')", code(new Expr.Cast(S, Expr.CastKind.INT, bin(BinaryOp.CONCAT, var("a"), sq("x")))));
    }

    @Test
    void targetsStayBare() {
        Expr index = new Expr.Index(S, var("a"), num(0), false);
        assertEquals("$a[0] = ($b + 1)", code(assign(index, bin(BinaryOp.ADD, var("b"), num(1)))));
        assertEquals("$x = ($y = 1)", code(assign(var("x"), assign(var("y"), num(1)))));
        Expr list = new Expr.ListLit(S, List.of(
                new Part.ArrayItem(S, null, null, false, false),
                new Part.ArrayItem(S, null, var("b"), false, false)), false);
        assertEquals("[, $b] = $pair", code(assign(list, var("pair"))));
        assertEquals("$r = &$o->p", code(new Expr.AssignRef(S, var("r"), prop(var("o"), "p"))));
        assertEquals("++$a->n", code(new Expr.IncDec(S, prop(var("a"), "n"), true, true)));
        assertEquals("isset($a[0], $$b)", code(new Expr.Isset(S, List.of(index, new Expr.VariableVariable(S, var("b"))))));
        assertEquals("$a ??= []", code(new Expr.CompoundAssign(S, BinaryOp.COALESCE, var("a"),
                new Expr.ArrayLit(S, List.of(), false))));
    }

    @Test
    void calleesAndChains() {
        assertEquals("foo($x)", code(call(name("foo"), var("x"))));
        assertEquals("\\A\\foo()", code(call(name("\\A\\foo"))));
        assertEquals("$f()", code(call(var("f"))));
        assertEquals("($a->b)()", code(call(prop(var("a"), "b"))));
        assertEquals("$a->b()", code(new Expr.MethodCall(S, var("a"), id("b"), List.of(), false, false)));
        assertEquals("(A::$b)()", code(call(new Expr.StaticPropertyFetch(S, name("A"), id("b")))));
        assertEquals("A::$$b", code(new Expr.StaticPropertyFetch(S, name("A"), var("b"))));
        assertEquals("A::${'x'}", code(new Expr.StaticPropertyFetch(S, name("A"), sq("x"))));
        assertEquals("$o?->{'a-b'}", code(new Expr.PropertyFetch(S, var("o"), sq("a-b"), true)));
        assertEquals("(new Foo())->bar(...)", code(new Expr.MethodCall(S,
                new Expr.New(S, name("Foo"), List.of(), true), id("bar"), List.of(), false, true)));
        assertEquals("new $a->b()", code(new Expr.New(S, prop(var("a"), "b"), List.of(), true)));
        assertEquals("new (f())", code(new Expr.New(S, call(name("f")), List.of(), false)));
        assertEquals("(FOO)::BAR", code(new Expr.ClassConstFetch(S, new Expr.ConstFetch(S, name("FOO")), id("BAR"))));
        assertEquals("f(...$args, named: $a + 1)", code(new Expr.FuncCall(S, name("f"), List.of(
                new Part.Arg(S, null, var("args"), true),
                new Part.Arg(S, id("named"), bin(BinaryOp.ADD, var("a"), num(1)), false)), false)));
        assertEquals("[(yield $k => $v)]", code(new Expr.ArrayLit(S, List.of(
                new Part.ArrayItem(S, null, new Expr.Yield(S, var("k"), var("v")), false, false)), false)));
    }

    @Test
    void literalsKeepTheirSpelling() {
        assertEquals("0x1F", code(new Expr.IntLit(S, 31, "0x1F")));
        assertEquals("1.0E10", code(new Expr.FloatLit(S, 1e10, null)));
        assertEquals("1_000.5", code(new Expr.FloatLit(S, 1000.5, "1_000.5")));
        assertEquals("'it\\'s \\\\ \u00e9'", code(sq("it's \\ \u00e9")));
        assertEquals("\"\\$a \\\"q\\\" {\\\\n}\"", code(str("$a \"q\" {\\n}", StringKind.DOUBLE_QUOTED)));
        assertEquals("array(1, 'k' => &$v)", code(new Expr.ArrayLit(S, List.of(
                new Part.ArrayItem(S, null, num(1), false, false),
                new Part.ArrayItem(S, sq("k"), var("v"), true, false)), true)));
        assertEquals("__CLASS__", code(new Expr.MagicConst(S, Expr.MagicKind.CLASS)));
        assertEquals("die('x')", code(new Expr.Exit(S, sq("x"), true)));
    }

    @Test
    void interpolationUsesComplexSyntax() {
        Expr s = new Expr.Interpolated(S, List.of(
                str("Hi ", StringKind.DOUBLE_QUOTED),
                var("name"),
                str("{", StringKind.DOUBLE_QUOTED),
                new Expr.Index(S, var("a"), sq("k"), false),
                prop(var("o"), "p"),
                new Expr.VariableVariable(S, sq("v")),
                str("! $5 \"", StringKind.DOUBLE_QUOTED),
                new Expr.Index(S, var("a"), new Expr.IntLit(S, -1, "-1"), false)), StringKind.DOUBLE_QUOTED);
        assertEquals("\"Hi {$name}{{$a['k']}{$o->p}{${'v'}}! \\$5 \\\"$a[-1]\"", code(s));
        Expr shell = new Expr.ShellExec(S, List.of(str("ls `x` ", StringKind.DOUBLE_QUOTED), var("d")));
        assertEquals("`ls \\`x\\` {$d}`", code(shell));
        Expr bad = new Expr.Interpolated(S, List.of(call(name("f"))), StringKind.DOUBLE_QUOTED);
        assertThrows(IllegalArgumentException.class, () -> code(bad));
    }

    @Test
    void heredocAndNowdocKeepTheirKind() {
        assertEquals("<<<EOT\nsay \"hi\" \\$x\\r\nEOT",
                code(str("say \"hi\" $x\r", StringKind.HEREDOC)));
        assertEquals("<<<EOT1\nEOT;\nEOT1", code(str("EOT;", StringKind.HEREDOC)));
        assertEquals("<<<EOT\nEOT", code(str("", StringKind.HEREDOC)));
        assertEquals("<<<'EOT'\n$raw \\ text\n\nEOT", code(str("$raw \\ text\n", StringKind.NOWDOC)));
        Expr doc = new Expr.Interpolated(S, List.of(str("a\n", StringKind.HEREDOC), var("x"),
                str("\n\"b\"", StringKind.HEREDOC)), StringKind.HEREDOC);
        assertEquals("<<<EOT\na\n{$x}\n\"b\"\nEOT . 1", code(bin(BinaryOp.CONCAT, doc, num(1))));
    }

    @Test
    void inlineHtmlAndShortEchoSwitchModes() {
        List<Stmt> file = List.of(
                new Stmt.InlineHtml(S, "<h1>"),
                new Stmt.Echo(S, List.of(var("title")), true),
                new Stmt.InlineHtml(S, "\n</h1>\n"),
                new Stmt.If(S, var("x"), List.of(new Stmt.InlineHtml(S, "x")), List.of(), null),
                new Stmt.InlineHtml(S, "a"),
                new Stmt.InlineHtml(S, "b"));
        assertEquals("<h1><?= $title;?>\n\n</h1>\n<?php\nif ($x) {?>x<?php\n}?>a<?php\n?>b",
                AstPrinter.print(file));
    }

    @Test
    void statementsAlwaysUseBraces() {
        Stmt elseIf = new Stmt.If(S, var("a"), List.of(echo(num(1))),
                List.of(new Part.ElseIf(S, var("b"), List.of())),
                List.of(new Stmt.If(S, var("c"), List.of(), List.of(), List.of())));
        assertEquals("if ($a) {\n    echo 1;\n} elseif ($b) {\n} else {\n    if ($c) {\n    } else {\n    }\n}",
                code(elseIf));
        Stmt loop = new Stmt.Foreach(S, var("xs"), var("k"),
                new Expr.ListLit(S, List.of(new Part.ArrayItem(S, null, var("a"), false, false)), true), false,
                List.of(new Stmt.Continue(S, num(2))));
        assertEquals("foreach ($xs as $k => list($a)) {\n    continue 2;\n}", code(loop));
        assertEquals("(function () {\n});", code(stmt(new Expr.Closure(S, List.of(), false, false, List.of(),
                List.of(), null, List.of()))));
    }

    @Test
    void namespacesAndUses() {
        Stmt ns = new Stmt.Namespace(S, name("App"), List.of(
                new Stmt.Use(S, Stmt.UseKind.FUNCTION, List.of(
                        new Part.UseItem(S, Stmt.UseKind.FUNCTION, name("A\\b"), id("c")))),
                new Stmt.Use(S, Stmt.UseKind.NORMAL, List.of(
                        new Part.UseItem(S, Stmt.UseKind.NORMAL, name("X\\Y\\B"), null),
                        new Part.UseItem(S, Stmt.UseKind.CONST, name("X\\Y\\Z\\C"), null)))), false);
        assertEquals("namespace App;\nuse function A\\b as c;\nuse X\\Y\\{B, const Z\\C};", code(ns));
        Stmt braced = new Stmt.Namespace(S, null, List.of(stmt(call(name("f")))), true);
        assertEquals("namespace {\n    f();\n}", code(braced));
    }

    @Test
    void declarations() {
        String doc = "/**\n     * Greets.\n     */";
        Part.AttributeGroup attrs = new Part.AttributeGroup(S, List.of(
                new Part.Attribute(S, name("A"), List.of(arg(num(1)))), new Part.Attribute(S, name("B"), List.of())));
        Part.Param promoted = new Part.Param(S, List.of(), new Modifiers(Modifiers.PRIVATE | Modifiers.READONLY),
                new TypeHint.Nullable(S, type("int")), false, false, id("n"), num(0), List.of());
        Part.Param rest = new Part.Param(S, List.of(), Modifiers.NONE, new TypeHint.Union(S, List.of(
                new TypeHint.Intersection(S, List.of(type("A"), type("B"))), type("null"))), true, true, id("xs"),
                null, List.of());
        Member ctor = new Member.Method(S, doc, List.of(attrs), new Modifiers(Modifiers.PUBLIC), id("__construct"),
                false, List.of(promoted, rest), null, List.of());
        Member abs = new Member.Method(S, null, List.of(), new Modifiers(Modifiers.ABSTRACT | Modifiers.PROTECTED),
                id("run"), true, List.of(param("x")), type("static"), null);
        Member hooked = new Member.Property(S, null, List.of(), new Modifiers(Modifiers.PUBLIC), type("string"),
                List.of(new Part.PropertyItem(S, id("name"), null)), List.of(
                new Part.PropertyHook(S, List.of(), Modifiers.NONE, false, id("get"), null, var("x"), null),
                new Part.PropertyHook(S, List.of(), Modifiers.NONE, false, id("set"), List.of(param("v")), null,
                        List.of())));
        Member trait = new Member.TraitUse(S, List.of(name("T"), name("U")), List.of(
                new Part.TraitInsteadof(S, name("T"), id("m"), List.of(name("U"))),
                new Part.TraitAlias(S, null, id("m"), new Modifiers(Modifiers.PROTECTED), id("n"))));
        Member constant = new Member.ClassConst(S, null, List.of(), new Modifiers(Modifiers.FINAL), type("int"),
                List.of(new Part.ConstItem(S, id("K"), num(1))));
        Stmt cls = new Stmt.ClassLike(S, null, List.of(), Stmt.ClassKind.CLASS, new Modifiers(Modifiers.ABSTRACT),
                id("C"), name("P"), List.of(name("I")), null, List.of(trait, constant, hooked, ctor, abs));
        assertEquals("""
                abstract class C extends P implements I {
                    use T, U {
                        T::m insteadof U;
                        m as protected n;
                    }
                    final const int K = 1;
                    public string $name {
                        get => $x;
                        set($v) {
                        }
                    }
                    /**
                     * Greets.
                     */
                    #[A(1), B]
                    public function __construct(private readonly ?int $n = 0, (A&B)|null &...$xs) {
                    }
                    protected abstract function &run($x): static;
                }""", code(cls));
        Stmt e = new Stmt.ClassLike(S, null, List.of(), Stmt.ClassKind.ENUM, Modifiers.NONE, id("E"), null,
                List.of(name("I")), type("string"), List.of(new Member.EnumCase(S, null, List.of(), id("A"), sq("a"))));
        assertEquals("enum E: string implements I {\n    case A = 'a';\n}", code(e));
        Stmt fn = new Stmt.FunctionDecl(S, "/** f */", List.of(), id("f"), false, List.of(), type("void"),
                List.of(ret(null)));
        assertEquals("/** f */\nfunction f(): void {\n    return;\n}", code(fn));
    }

    @Test
    void closuresAndAnonymousClasses() {
        Expr closure = new Expr.Closure(S, List.of(), true, false, List.of(param("a")),
                List.of(new Part.ClosureUse(S, var("b"), true)), type("int"), List.of(ret(var("a"))));
        assertEquals("$f = (static function ($a) use (&$b): int {\n    return $a;\n})", code(assign(var("f"), closure)));
        Expr arrow = new Expr.ArrowFunction(S, List.of(), false, false, List.of(param("x")), null,
                bin(BinaryOp.MUL, var("x"), num(2)));
        assertEquals("array_map(fn($x) => ($x * 2), $xs)", code(call(name("array_map"), arrow, var("xs"))));
        Stmt.ClassLike anon = new Stmt.ClassLike(S, null, List.of(), Stmt.ClassKind.CLASS,
                new Modifiers(Modifiers.READONLY), null, name("B"), List.of(), null, List.of());
        assertEquals("$o = (new readonly class(1) extends B {\n})",
                code(assign(var("o"), new Expr.NewAnonymousClass(S, anon, List.of(arg(num(1)))))));
        Expr match = new Expr.Match(S, var("x"), List.of(
                new Part.MatchArm(S, List.of(num(1), num(2)), sq("low")),
                new Part.MatchArm(S, List.of(), new Expr.Throw(S, new Expr.New(S, name("E"), List.of(), true)))));
        assertEquals("match ($x) {\n    1, 2 => 'low',\n    default => throw (new E()),\n}", code(match));
    }
}
