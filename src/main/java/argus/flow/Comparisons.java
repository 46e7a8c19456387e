package argus.flow;

import argus.ast.Expr;
import argus.ast.Expr.BinaryOp;
import argus.ast.Name;
import argus.types.Type;
import argus.types.Types;

/**
 * What comparisons tell: `===`/`!==` with a single value (or with any value, on the true
 * side), `==` where PHP's juggling cannot surprise (an int with an int, a string with a
 * non-numeric string, null and booleans by truthiness), `<`/`>` between ints and int
 * literals as ranges, and `count($a)` against zero. The operand may be an assignment:
 * `($line = fgets($f)) !== false` narrows `$line`.
 */
final class Comparisons {
    private Comparisons() {
    }

    /** `===`, `==` (and their negations, which the caller swaps). */
    static Narrowing.Branches equality(FunctionFlow fn, Expr.Binary b, FlowState in) {
        ExprFlow.Typed left = fn.exprs.eval(b.left(), in);
        ExprFlow.Typed right = fn.exprs.eval(b.right(), left.state());
        FlowState st = right.state();
        boolean strict = b.op() == BinaryOp.IDENTICAL || b.op() == BinaryOp.NOT_IDENTICAL;
        Narrowing.Branches out = new Narrowing.Branches(st, st);
        String lk = operandKey(b.left());
        String rk = operandKey(b.right());
        if (lk != null) {
            out = compare(fn, lk, left.type(), right.type(), strict, st);
        } else if (rk != null) {
            out = compare(fn, rk, right.type(), left.type(), strict, st);
        } else if (countOf(b.left()) != null || countOf(b.right()) != null) {
            boolean countLeft = countOf(b.left()) != null;
            Type other = countLeft ? right.type() : left.type();
            if (other instanceof Type.IntLit zero && zero.value() == 0) {
                out = emptiness(fn, countLeft ? countOf(b.left()) : countOf(b.right()), st);
            }
        }
        return out;
    }

    /** `match` arms (strict) and `switch` cases (loose): does the subject equal the condition? */
    static Narrowing.Branches caseOf(FunctionFlow fn, Expr subject, Type subjectType, Expr cond, boolean strict,
                                     FlowState in) {
        ExprFlow.Typed value = fn.exprs.eval(cond, in);
        String key = Narrowing.key(subject);
        if (key == null) {
            return new Narrowing.Branches(value.state(), value.state());
        }
        Type current = value.state().knows(key) ? value.state().type(key) : subjectType;
        return compare(fn, key, current, value.type(), strict, value.state());
    }

    private static Narrowing.Branches compare(FunctionFlow fn, String key, Type type, Type value, boolean strict,
                                              FlowState st) {
        if (strict) {
            if (singleton(value)) {
                return new Narrowing.Branches(Narrowing.narrowed(st, key, Types.meet(type, value), true),
                        Narrowing.narrowed(st, key, Types.remove(type, value), false));
            }
            // Identical to something of type V: the value is a V too. Unequal tells nothing.
            Type both = fn.narrowing.narrowTo(type, value);
            return new Narrowing.Branches(both instanceof Type.Never ? st : Narrowing.narrowed(st, key, both, true), st);
        }
        if (value instanceof Type.Null || value instanceof Type.False) {
            // `$x == null` holds for every falsy value; only its negation is exact about null.
            Type kept = value instanceof Type.Null ? Types.removeNull(type) : Types.truthy(type);
            return new Narrowing.Branches(Narrowing.narrowed(st, key, Types.falsy(type), false),
                    Narrowing.narrowed(st, key, kept, false));
        }
        if (value instanceof Type.True) {
            return new Narrowing.Branches(Narrowing.narrowed(st, key, Types.truthy(type), true),
                    Narrowing.narrowed(st, key, Types.falsy(type), false));
        }
        boolean exact = value instanceof Type.IntLit && Types.leq(type, Type.INT)
                || value instanceof Type.StrLit s && Types.leq(type, Type.STRING) && !numeric(s.value());
        if (exact) {
            return new Narrowing.Branches(Narrowing.narrowed(st, key, Types.meet(type, value), true),
                    Narrowing.narrowed(st, key, Types.remove(type, value), false));
        }
        return new Narrowing.Branches(st, st);
    }

    /** PHP compares numeric strings as numbers even when both sides are strings ('1' == '01'). */
    private static boolean numeric(String s) {
        String t = s.strip();
        return !t.isEmpty() && (t.matches("[+-]?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?")
                || t.matches("[+-]?\\.[0-9]+([eE][+-]?[0-9]+)?"));
    }

    private static boolean singleton(Type t) {
        return t instanceof Type.Null || t instanceof Type.True || t instanceof Type.False || t instanceof Type.IntLit
                || t instanceof Type.StrLit;
    }

    /** `<`, `<=`, `>`, `>=` between an int variable and an int literal: ranges on both sides. */
    static Narrowing.Branches order(FunctionFlow fn, Expr.Binary b, FlowState in) {
        ExprFlow.Typed left = fn.exprs.eval(b.left(), in);
        ExprFlow.Typed right = fn.exprs.eval(b.right(), left.state());
        FlowState st = right.state();
        Narrowing.Branches out = new Narrowing.Branches(st, st);
        String lk = operandKey(b.left());
        String rk = operandKey(b.right());
        if (lk != null && right.type() instanceof Type.IntLit lit && Types.leq(left.type(), Type.INT)) {
            out = range(st, lk, left.type(), b.op(), lit.value());
        } else if (rk != null && left.type() instanceof Type.IntLit lit && Types.leq(right.type(), Type.INT)) {
            out = range(st, rk, right.type(), mirror(b.op()), lit.value());
        } else if (countOf(b.left()) != null && right.type() instanceof Type.IntLit lit) {
            // count($a) > 0, count($a) >= 1: non-empty; count($a) < 1: empty.
            boolean positive = b.op() == BinaryOp.GREATER && lit.value() == 0 || b.op() == BinaryOp.GREATER_EQUAL && lit.value() == 1;
            boolean zero = b.op() == BinaryOp.LESS && lit.value() == 1 || b.op() == BinaryOp.LESS_EQUAL && lit.value() == 0;
            if (positive || zero) {
                Narrowing.Branches e = emptiness(fn, countOf(b.left()), st);
                out = positive ? e.swap() : e;
            }
        }
        return out;
    }

    private static BinaryOp mirror(BinaryOp op) {
        return switch (op) {
            case LESS -> BinaryOp.GREATER;
            case LESS_EQUAL -> BinaryOp.GREATER_EQUAL;
            case GREATER -> BinaryOp.LESS;
            default -> BinaryOp.LESS_EQUAL;
        };
    }

    private static Narrowing.Branches range(FlowState st, String key, Type type, BinaryOp op, long n) {
        Long lo;
        Long hi;
        switch (op) {
            case LESS -> { lo = null; hi = n == Long.MIN_VALUE ? null : n - 1; }
            case LESS_EQUAL -> { lo = null; hi = n; }
            case GREATER -> { lo = n == Long.MAX_VALUE ? null : n + 1; hi = null; }
            default -> { lo = n; hi = null; }
        }
        if (lo == null && hi == null) {
            return new Narrowing.Branches(st, st);
        }
        Type yes = Types.normalize(new Type.IntRange(lo, hi));
        Type no = Types.normalize(lo == null ? new Type.IntRange(hi + 1, null) : new Type.IntRange(null, lo - 1));
        return new Narrowing.Branches(Narrowing.narrowed(st, key, Types.meet(type, yes), true),
                Narrowing.narrowed(st, key, Types.meet(type, no), false));
    }

    /** `count($a)` / `sizeof($a)` with a narrowable argument: that argument's key. */
    static String countOf(Expr e) {
        if (e instanceof Expr.FuncCall call && call.callee() instanceof Name n && (n.is("count") || n.is("sizeof"))
                && call.args().size() == 1 && !call.args().get(0).unpack()) {
            return Narrowing.key(call.args().get(0).value());
        }
        return null;
    }

    /** When the counted value is empty, and when it is not. */
    static Narrowing.Branches emptiness(FunctionFlow fn, String key, FlowState st) {
        if (!st.knows(key)) {
            return new Narrowing.Branches(st, st);
        }
        Type t = st.type(key);
        // Only arrays are empty by value; a Countable object counts what it likes.
        java.util.List<Type> empty = new java.util.ArrayList<>();
        java.util.List<Type> full = new java.util.ArrayList<>();
        for (Type m : t instanceof Type.Union u ? u.members() : java.util.List.of(t)) {
            boolean array = Types.leq(m, Operators.ANY_ARRAY);
            empty.add(array ? Types.falsy(m) : m);
            full.add(array ? Types.truthy(m) : m);
        }
        return new Narrowing.Branches(Narrowing.narrowed(st, key, Types.joinAll(empty), true),
                Narrowing.narrowed(st, key, Types.joinAll(full), true));
    }

    /** The key of a comparison operand; an assignment stands for its target. */
    private static String operandKey(Expr e) {
        return e instanceof Expr.Assign a ? Narrowing.key(a.target()) : Narrowing.key(e);
    }
}
