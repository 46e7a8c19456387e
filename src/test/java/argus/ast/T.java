package argus.ast;

import argus.source.Span;
import java.util.Arrays;
import java.util.List;

/** Terse constructors for hand-built trees in tests; every span is {@link Span#NONE}. */
final class T {
    static final Span S = Span.NONE;

    private T() {
    }

    static Expr.Variable var(String name) {
        return new Expr.Variable(S, name);
    }

    static Expr.IntLit num(long value) {
        return new Expr.IntLit(S, value, Long.toString(value));
    }

    static Expr.StringLit sq(String value) {
        return new Expr.StringLit(S, value, Expr.StringKind.SINGLE_QUOTED);
    }

    static Expr.StringLit str(String value, Expr.StringKind kind) {
        return new Expr.StringLit(S, value, kind);
    }

    static Name name(String written) {
        return Name.parse(S, written);
    }

    static Identifier id(String name) {
        return new Identifier(S, name);
    }

    static Expr.Binary bin(Expr.BinaryOp op, Expr left, Expr right) {
        return new Expr.Binary(S, op, left, right);
    }

    static Expr.Assign assign(Expr target, Expr value) {
        return new Expr.Assign(S, target, value);
    }

    static Part.Arg arg(Expr value) {
        return new Part.Arg(S, null, value, false);
    }

    static Expr.FuncCall call(NameOrExpr callee, Expr... args) {
        return new Expr.FuncCall(S, callee, Arrays.stream(args).map(T::arg).toList(), false);
    }

    static Expr.PropertyFetch prop(Expr object, String name) {
        return new Expr.PropertyFetch(S, object, id(name), false);
    }

    static Stmt.ExprStmt stmt(Expr e) {
        return new Stmt.ExprStmt(S, e);
    }

    static Stmt.Echo echo(Expr... exprs) {
        return new Stmt.Echo(S, List.of(exprs), false);
    }

    static Stmt.Return ret(Expr value) {
        return new Stmt.Return(S, value);
    }

    static Part.Param param(String name) {
        return new Part.Param(S, List.of(), Modifiers.NONE, null, false, false, id(name), null, List.of());
    }

    static TypeHint.Named type(String written) {
        return new TypeHint.Named(S, name(written));
    }

    /** The printed statements without the leading open tag and trailing newline. */
    static String code(Stmt... statements) {
        String php = AstPrinter.print(List.of(statements));
        if (!php.startsWith("<?php\n") || !php.endsWith("\n")) {
            throw new AssertionError("not a PHP-mode print: " + php);
        }
        return php.substring(6, php.length() - 1);
    }

    /** One expression statement, printed without the open tag and the `;`. */
    static String code(Expr e) {
        String s = code(stmt(e));
        return s.substring(0, s.length() - 1);
    }
}
