package argus.ast;

import argus.source.Span;
import java.util.List;

/** Expressions. Nullable components are marked; lists are never null and never hold null. */
public sealed interface Expr extends NameOrExpr, MemberName {

    enum UnaryOp { PLUS, MINUS, BIT_NOT, NOT, SILENCE }

    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), POW("**"), CONCAT("."),
        SHIFT_LEFT("<<"), SHIFT_RIGHT(">>"), BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"),
        BOOL_AND("&&"), BOOL_OR("||"), LOGICAL_AND("and"), LOGICAL_OR("or"), LOGICAL_XOR("xor"),
        EQUAL("=="), NOT_EQUAL("!="), IDENTICAL("==="), NOT_IDENTICAL("!=="),
        LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), SPACESHIP("<=>"),
        COALESCE("??"), PIPE("|>");

        public final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Casts as spelled; {@code (integer)} and {@code (int)} are different spellings of one cast. */
    enum CastKind {
        INT("int"), INTEGER("integer"), FLOAT("float"), DOUBLE("double"), REAL("real"),
        STRING("string"), BINARY("binary"), BOOL("bool"), BOOLEAN("boolean"),
        ARRAY("array"), OBJECT("object"), UNSET("unset"), VOID("void");

        public final String keyword;

        CastKind(String keyword) {
            this.keyword = keyword;
        }
    }

    enum IncludeKind {
        INCLUDE("include"), INCLUDE_ONCE("include_once"), REQUIRE("require"), REQUIRE_ONCE("require_once");

        public final String keyword;

        IncludeKind(String keyword) {
            this.keyword = keyword;
        }
    }

    enum MagicKind { LINE, FILE, DIR, FUNCTION, CLASS, TRAIT, METHOD, NAMESPACE, PROPERTY }

    enum StringKind { SINGLE_QUOTED, DOUBLE_QUOTED, HEREDOC, NOWDOC }

    record Variable(Span span, String name) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitVariable(this); }
    }

    /** `$$name` or `${expr}`. */
    record VariableVariable(Span span, Expr name) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitVariableVariable(this); }
    }

    record IntLit(Span span, long value, String raw) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitIntLit(this); }
    }

    record FloatLit(Span span, double value, String raw) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitFloatLit(this); }
    }

    /** A string without interpolation; {@code value} is decoded, one char per byte. */
    record StringLit(Span span, String value, StringKind kind) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitStringLit(this); }
    }

    /** "..." or heredoc with interpolation: literal parts are {@link StringLit}s. */
    record Interpolated(Span span, List<Expr> parts, StringKind kind) implements Expr {
        public Interpolated { parts = List.copyOf(parts); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitInterpolated(this); }
    }

    /** `...` shell execution; literal parts are {@link StringLit}s. */
    record ShellExec(Span span, List<Expr> parts) implements Expr {
        public ShellExec { parts = List.copyOf(parts); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitShellExec(this); }
    }

    record BoolLit(Span span, boolean value) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitBoolLit(this); }
    }

    record NullLit(Span span) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitNullLit(this); }
    }

    record MagicConst(Span span, MagicKind kind) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitMagicConst(this); }
    }

    record ConstFetch(Span span, Name name) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitConstFetch(this); }
    }

    /** `A::B`, `A::class`, `A::{expr}` (8.3). */
    record ClassConstFetch(Span span, NameOrExpr cls, MemberName name) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitClassConstFetch(this); }
    }

    record ArrayLit(Span span, List<Part.ArrayItem> items, boolean longSyntax) implements Expr {
        public ArrayLit { items = List.copyOf(items); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitArrayLit(this); }
    }

    /** A destructuring target, `list(...)` or `[...]`; skipped slots have a null value. */
    record ListLit(Span span, List<Part.ArrayItem> items, boolean longSyntax) implements Expr {
        public ListLit { items = List.copyOf(items); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitListLit(this); }
    }

    /** `$a[$i]`; {@code offset} is null for `$a[]`; {@code curly} for the removed `$a{$i}`. */
    record Index(Span span, Expr base, Expr offset, boolean curly) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitIndex(this); }
    }

    record PropertyFetch(Span span, Expr object, MemberName name, boolean nullsafe) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitPropertyFetch(this); }
    }

    /** `A::$b`: a plain name is an {@link Identifier} without `$`. */
    record StaticPropertyFetch(Span span, NameOrExpr cls, MemberName name) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitStaticPropertyFetch(this); }
    }

    /** `f(...)`; {@code callableRef} for the first-class callable syntax `f(...)` of 8.1. */
    record FuncCall(Span span, NameOrExpr callee, List<Part.Arg> args, boolean callableRef) implements Expr {
        public FuncCall { args = List.copyOf(args); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitFuncCall(this); }
    }

    record MethodCall(Span span, Expr object, MemberName name, List<Part.Arg> args, boolean nullsafe,
                      boolean callableRef) implements Expr {
        public MethodCall { args = List.copyOf(args); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitMethodCall(this); }
    }

    record StaticCall(Span span, NameOrExpr cls, MemberName name, List<Part.Arg> args, boolean callableRef)
            implements Expr {
        public StaticCall { args = List.copyOf(args); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitStaticCall(this); }
    }

    /** `new Foo(...)`; {@code hasArgs} tells `new Foo` from `new Foo()`. */
    record New(Span span, NameOrExpr cls, List<Part.Arg> args, boolean hasArgs) implements Expr {
        public New { args = List.copyOf(args); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitNew(this); }
    }

    record NewAnonymousClass(Span span, Stmt.ClassLike declaration, List<Part.Arg> args) implements Expr {
        public NewAnonymousClass { args = List.copyOf(args); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitNewAnonymousClass(this); }
    }

    /** `clone $x`, or 8.5's `clone($x, $withProperties)` (withProperties nullable). */
    record Clone(Span span, Expr object, Expr withProperties) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitClone(this); }
    }

    record Unary(Span span, UnaryOp op, Expr operand) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitUnary(this); }
    }

    record IncDec(Span span, Expr target, boolean increment, boolean prefix) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitIncDec(this); }
    }

    record Cast(Span span, CastKind kind, Expr operand) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitCast(this); }
    }

    record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitBinary(this); }
    }

    record Instanceof(Span span, Expr expr, NameOrExpr cls) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitInstanceof(this); }
    }

    /** {@code then} is null for the short form `a ?: b`. */
    record Ternary(Span span, Expr cond, Expr then, Expr otherwise) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitTernary(this); }
    }

    record Assign(Span span, Expr target, Expr value) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitAssign(this); }
    }

    record AssignRef(Span span, Expr target, Expr value) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitAssignRef(this); }
    }

    /** `$a += 1`, `$a ??= []`, ... */
    record CompoundAssign(Span span, BinaryOp op, Expr target, Expr value) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitCompoundAssign(this); }
    }

    record Isset(Span span, List<Expr> vars) implements Expr {
        public Isset { vars = List.copyOf(vars); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitIsset(this); }
    }

    record Empty(Span span, Expr expr) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitEmpty(this); }
    }

    record Eval(Span span, Expr code) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitEval(this); }
    }

    /** `exit`, `exit(2)`, `die("x")`; status nullable. */
    record Exit(Span span, Expr status, boolean die) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitExit(this); }
    }

    record Include(Span span, IncludeKind kind, Expr path) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitInclude(this); }
    }

    record Print(Span span, Expr expr) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitPrint(this); }
    }

    /** `yield`, `yield $v`, `yield $k => $v`; both nullable. */
    record Yield(Span span, Expr key, Expr value) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitYield(this); }
    }

    record YieldFrom(Span span, Expr expr) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitYieldFrom(this); }
    }

    record Throw(Span span, Expr exception) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitThrow(this); }
    }

    /** returnType nullable. */
    record Closure(Span span, List<Part.AttributeGroup> attributes, boolean isStatic, boolean byRef,
                   List<Part.Param> params, List<Part.ClosureUse> uses, TypeHint returnType,
                   List<Stmt> body) implements Expr {
        public Closure {
            attributes = List.copyOf(attributes);
            params = List.copyOf(params);
            uses = List.copyOf(uses);
            body = List.copyOf(body);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitClosure(this); }
    }

    /** returnType nullable. */
    record ArrowFunction(Span span, List<Part.AttributeGroup> attributes, boolean isStatic, boolean byRef,
                         List<Part.Param> params, TypeHint returnType, Expr body) implements Expr {
        public ArrowFunction {
            attributes = List.copyOf(attributes);
            params = List.copyOf(params);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitArrowFunction(this); }
    }

    record Match(Span span, Expr subject, List<Part.MatchArm> arms) implements Expr {
        public Match { arms = List.copyOf(arms); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitMatch(this); }
    }

    /** Where the parser recovered from a syntax error; analysis treats it as unknown. */
    record Error(Span span) implements Expr {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitError(this); }
    }
}
