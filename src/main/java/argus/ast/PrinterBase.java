package argus.ast;

import java.util.List;

/**
 * The bottom of the printer hierarchy ({@code PrinterBase} &lt; {@link ExprPrinter} &lt;
 * {@link DeclPrinter} &lt; {@link AstPrinter}): the output buffer and the contexts an
 * expression can be printed in. The split into files only keeps them short; the final
 * printer is one visitor, so the compiler checks that every record has a print method.
 *
 * <p>Precedence is never left to chance: a compound operand is always parenthesized (see
 * {@link #operand}). Parentheses are not allowed everywhere, though: assignment and
 * {@code ++} targets, {@code isset}/{@code unset}/{@code global} operands and by-ref
 * places must stay bare variables ({@link #target}), and the left side of {@code ->},
 * {@code ::}, {@code []} and calls is only parenthesized when it is not a variable-like
 * chain ({@link #base}), because {@code ($a->b)()} and {@code $a->b()} are different trees.
 */
abstract class PrinterBase implements AstVisitor<Void> {
    protected final StringBuilder out = new StringBuilder();
    protected int indent;

    // ------------------------------------------------------------------ hooks for subclasses

    /** Starts a new line at the current indentation (switching back to PHP mode if needed). */
    abstract void nl();

    /** ` {`, the statements one level deeper, and `}` on its own line. */
    abstract void block(List<Stmt> body);

    /** `new class(...) extends ... { ... }`. */
    abstract void anonymousClass(Stmt.ClassLike declaration, List<Part.Arg> args);

    /** Attribute groups written inline (closures, parameters, hooks), each followed by a space. */
    abstract void inlineAttributes(List<Part.AttributeGroup> groups);

    /** The parenthesized parameter list. */
    abstract void params(List<Part.Param> params);

    // ------------------------------------------------------------------ contexts

    final void expr(Expr e) {
        e.accept(this);
    }

    final void paren(Expr e) {
        out.append('(');
        e.accept(this);
        out.append(')');
    }

    /** An operand of an operator or keyword: compound expressions get parentheses. */
    final void operand(Expr e) {
        if (isCompound(e)) {
            paren(e);
        } else {
            expr(e);
        }
    }

    /**
     * A place delimited by the syntax around it (argument, array value, condition, index):
     * bare, except {@code yield}, whose own {@code =>} would swallow an array key or arm.
     */
    final void top(Expr e) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            paren(e);
        } else {
            expr(e);
        }
    }

    /** A written-to place; PHP rejects `($a) = 1`, so variables stay bare. */
    final void target(Expr e) {
        if (isVariable(e) || e instanceof Expr.ListLit || e instanceof Expr.ArrayLit) {
            expr(e);
        } else {
            paren(e);
        }
    }

    /** The left side of `[]`, `->`, `::`: bare for variable-like chains, else `(...)`. */
    final void base(Expr e) {
        if (isVariable(e)) {
            expr(e);
        } else {
            paren(e);
        }
    }

    final void nameOrBase(NameOrExpr n) {
        if (n instanceof Name name) {
            out.append(name.written());
        } else {
            base((Expr) n);
        }
    }

    /** After `new` and `instanceof`, PHP takes a name, a restricted variable, or `(expr)`. */
    final void classReference(NameOrExpr n) {
        if (n instanceof Name name) {
            out.append(name.written());
        } else if (isNewVariable((Expr) n)) {
            expr((Expr) n);
        } else {
            paren((Expr) n);
        }
    }

    static boolean isVariable(Expr e) {
        return e instanceof Expr.Variable || e instanceof Expr.VariableVariable || e instanceof Expr.Index
                || e instanceof Expr.PropertyFetch || e instanceof Expr.StaticPropertyFetch
                || e instanceof Expr.FuncCall || e instanceof Expr.MethodCall || e instanceof Expr.StaticCall;
    }

    /** PHP's `new_variable`: no calls, since `new $a->b()` passes () to the constructor. */
    private static boolean isNewVariable(Expr e) {
        if (e instanceof Expr.Variable || e instanceof Expr.VariableVariable) {
            return true;
        }
        if (e instanceof Expr.Index i) {
            return i.offset() != null && isNewVariable(i.base());
        }
        if (e instanceof Expr.PropertyFetch p) {
            return isNewVariable(p.object());
        }
        if (e instanceof Expr.StaticPropertyFetch s) {
            return s.cls() instanceof Name || isNewVariable((Expr) s.cls());
        }
        return false;
    }

    /** Whether an operand needs parentheses: anything built from an operator or keyword. */
    static boolean isCompound(Expr e) {
        if (e instanceof Expr.IntLit || e instanceof Expr.FloatLit) {
            return Literals.number(e).startsWith("-");
        }
        return !(isVariable(e) || e instanceof Expr.StringLit || e instanceof Expr.Interpolated
                || e instanceof Expr.ShellExec || e instanceof Expr.BoolLit || e instanceof Expr.NullLit
                || e instanceof Expr.MagicConst || e instanceof Expr.ConstFetch
                || e instanceof Expr.ClassConstFetch || e instanceof Expr.ArrayLit || e instanceof Expr.ListLit
                || e instanceof Expr.Isset || e instanceof Expr.Empty || e instanceof Expr.Eval
                || e instanceof Expr.Exit || e instanceof Expr.Match || e instanceof Expr.Error);
    }

    final void join(List<? extends Node> nodes, String separator) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            nodes.get(i).accept(this);
        }
    }

    /** Comma-separated expressions in a delimited place: echo, for clauses. */
    final void exprList(List<Expr> exprs) {
        for (int i = 0; i < exprs.size(); i++) {
            out.append(i > 0 ? ", " : "");
            top(exprs.get(i));
        }
    }

    /** `keyword` + comma-separated targets + `close`: isset, unset, global. */
    final void targets(String keyword, List<Expr> vars, String close) {
        out.append(keyword);
        for (int i = 0; i < vars.size(); i++) {
            out.append(i > 0 ? ", " : "");
            target(vars.get(i));
        }
        out.append(close);
    }

    final void args(List<Part.Arg> args, boolean callableRef) {
        out.append('(');
        if (callableRef) {
            out.append("...");
        } else {
            join(args, ", ");
        }
        out.append(')');
    }

    // ------------------------------------------------------------------ member names

    /** After `->`, and the method of `::m()`: `name`, `$var`, `$$var` or `{expr}`. */
    final void dynamicName(MemberName name) {
        if (name instanceof Identifier id) {
            out.append(id.name());
        } else if (name instanceof Expr.Variable || name instanceof Expr.VariableVariable) {
            expr((Expr) name);
        } else {
            out.append('{');
            top((Expr) name);
            out.append('}');
        }
    }
}
