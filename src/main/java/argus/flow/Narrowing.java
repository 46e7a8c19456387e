package argus.flow;

import argus.ast.Expr;
import argus.ast.Expr.BinaryOp;
import argus.ast.Name;
import argus.ast.Part;
import argus.index.BuiltinFunction;
import argus.index.FunctionFacts;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * What a condition tells on each of its branches (PHPStan's TypeSpecifier, Checker
 * Framework's then/else stores): `instanceof`, `=== null` and other comparisons with single
 * values, truthiness, `isset`, `empty`, `!`, `&&`/`||` in PHP's order, and the `is_*()`
 * family through the built-in data's assertions. A branch whose variable can hold no value
 * becomes unreachable.
 */
final class Narrowing {
    /** The state when the condition is true and when it is false. */
    record Branches(FlowState whenTrue, FlowState whenFalse) {
        Branches swap() {
            return new Branches(whenFalse, whenTrue);
        }
    }

    private final FunctionFlow fn;

    Narrowing(FunctionFlow fn) {
        this.fn = fn;
    }

    private ExprFlow exprs() {
        return fn.exprs;
    }

    Branches branch(Expr cond, FlowState in) {
        if (!in.reachable()) {
            return new Branches(in, in);
        }
        if (cond instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
            Branches b = branch(u.operand(), in);
            record(cond, Type.BOOL, b);
            return b.swap();
        }
        if (cond instanceof Expr.Binary b) {
            switch (b.op()) {
                case BOOL_AND, LOGICAL_AND: {
                    Branches left = branch(b.left(), in);
                    Branches right = branch(b.right(), left.whenTrue());
                    Branches out = new Branches(right.whenTrue(), left.whenFalse().join(right.whenFalse()));
                    record(cond, Type.BOOL, out);
                    return out;
                }
                case BOOL_OR, LOGICAL_OR: {
                    Branches left = branch(b.left(), in);
                    Branches right = branch(b.right(), left.whenFalse());
                    Branches out = new Branches(left.whenTrue().join(right.whenTrue()), right.whenFalse());
                    record(cond, Type.BOOL, out);
                    return out;
                }
                case IDENTICAL, NOT_IDENTICAL, EQUAL, NOT_EQUAL: {
                    Branches out = Comparisons.equality(fn, b, in);
                    record(b, Type.BOOL, out);
                    return b.op() == BinaryOp.NOT_IDENTICAL || b.op() == BinaryOp.NOT_EQUAL ? out.swap() : out;
                }
                case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL: {
                    Branches out = Comparisons.order(fn, b, in);
                    record(b, Type.BOOL, out);
                    return out;
                }
                default:
                    break;
            }
        }
        if (cond instanceof Expr.Instanceof i) {
            return instanceOf(i, in);
        }
        if (cond instanceof Expr.Isset i) {
            return isset(i, in);
        }
        if (cond instanceof Expr.Empty e) {
            // Like isset, empty() reads an undefined variable without a warning.
            ExprFlow.Typed t = exprs().peek(e.expr(), in);
            Branches b = truthiness(e.expr(), t.type(), t.state(), true);
            record(cond, Type.BOOL, b);
            return b.swap();
        }
        if (Comparisons.countOf(cond) != null) {
            ExprFlow.Typed t = exprs().eval(cond, in);
            return Comparisons.emptiness(fn, Comparisons.countOf(cond), t.state()).swap();
        }
        if (cond instanceof Expr.FuncCall call && call.callee() instanceof Name name) {
            Branches b = Assertions.of(fn, call, name, in);
            if (b != null) {
                record(call, Type.BOOL, b);
                return b;
            }
        }
        if (cond instanceof Expr.Assign a) {
            ExprFlow.Typed t = exprs().eval(a, in);
            return truthiness(a.target(), t.type(), t.state(), false);
        }
        ExprFlow.Typed t = exprs().eval(cond, in);
        return truthiness(cond, t.type(), t.state(), false);
    }

    private void record(Expr cond, Type type, Branches b) {
        if (b.whenTrue().reachable() || b.whenFalse().reachable()) {
            Type before = fn.facts.types.get(cond);
            fn.facts.types.put(cond, before == null ? type : Types.join(before, type));
        }
    }

    /** Narrows by truthiness a variable or property path; other expressions tell nothing. */
    private Branches truthiness(Expr target, Type type, FlowState state, boolean defined) {
        String key = key(target);
        if (key == null) {
            // `while (true)`, `do {} while (false)`: a literal takes one way only. A constant does
            // not: its value may depend on the configuration.
            if (target instanceof Expr.BoolLit lit) {
                return lit.value() ? new Branches(state, FlowState.UNREACHABLE) : new Branches(FlowState.UNREACHABLE, state);
            }
            return new Branches(state, state);
        }
        return new Branches(narrowed(state, key, Types.truthy(type), true), narrowed(state, key, Types.falsy(type), defined));
    }

    /** The flow key of a narrowable expression: a variable's name or a property path. */
    static String key(Expr e) {
        String v = ExprFlow.varName(e);
        return v != null && !v.equals("this") ? v : ExprFlow.pathOf(e);
    }

    /** The state with {@code key} of type {@code t}; unreachable when no value has that type. */
    static FlowState narrowed(FlowState state, String key, Type t, boolean defined) {
        if (t instanceof Type.Never) {
            return FlowState.UNREACHABLE;
        }
        // A property path is no variable: it is there as long as its object is.
        boolean path = FlowState.notVariable(key);
        FlowState.Var old = state.get(key);
        return state.with(key, new FlowState.Var(t, defined || path ? Trilean.YES : old.defined()));
    }

    /** `match` arms: is the subject identical to the arm's condition? */
    Branches identical(Expr subject, Type subjectType, Expr cond, FlowState in) {
        return Comparisons.caseOf(fn, subject, subjectType, cond, true, in);
    }

    private Branches instanceOf(Expr.Instanceof i, FlowState in) {
        ExprFlow.Typed subject = exprs().eval(i.expr(), in);
        FlowState st = subject.state();
        String cls = null;
        if (i.cls() instanceof Name n) {
            cls = fn.resolveClassName(n);
        } else if (i.cls() instanceof Expr e) {
            st = exprs().eval(e, st).state();
        }
        String key = key(i.expr());
        Branches out = new Branches(st, st);
        if (key != null && cls != null) {
            Type target = new Type.Obj(cls);
            out = new Branches(narrowed(st, key, narrowTo(subject.type(), target), true),
                    narrowed(st, key, removeClass(subject.type(), cls), false));
        }
        record(i, Type.BOOL, out);
        return out;
    }

    /** The values of {@code t} that are also {@code target}, using the class hierarchy. */
    Type narrowTo(Type t, Type target) {
        if (t instanceof Type.Mixed || t instanceof Type.ObjectAny) {
            return target;
        }
        List<Type> members = t instanceof Type.Union u ? u.members() : List.of(t);
        List<Type> out = new ArrayList<>();
        for (Type m : members) {
            Trilean below = Types.isSubtype(m, target, fn.env);
            if (below == Trilean.YES) {
                out.add(m);
            } else if (Types.isSubtype(target, m, fn.env) == Trilean.YES) {
                out.add(target);
            } else if (below == Trilean.MAYBE) {
                out.add(Types.meet(m, target));
            }
        }
        return Types.joinAll(out);
    }

    /** What is left of {@code t} when a value is not a {@code cls}: only members surely below it go. */
    private Type removeClass(Type t, String cls) {
        List<Type> members = t instanceof Type.Union u ? u.members() : List.of(t);
        List<Type> out = new ArrayList<>();
        Type target = new Type.Obj(cls);
        for (Type m : members) {
            if (Types.isSubtype(m, target, fn.env) != Trilean.YES) {
                out.add(m);
            }
        }
        return Types.joinAll(out);
    }

    private Branches isset(Expr.Isset i, FlowState in) {
        FlowState whenTrue = in;
        for (Expr v : i.vars()) {
            Type t = exprs().peek(v, whenTrue).type();
            String key = key(v);
            if (key != null) {
                whenTrue = narrowed(whenTrue, key, Types.removeNull(t), true);
            }
            // `isset($a['k'])` and `isset($o->p->q)` also say every container on the way is no null,
            // and an array read with a literal key has that key, holding no null.
            Expr inner = v;
            Type innerType = Types.removeNull(t);
            for (Expr c = container(inner); c != null; inner = c, c = container(c)) {
                String k = key(c);
                Type ct = Types.removeNull(exprs().peek(c, whenTrue).type());
                if (inner instanceof Expr.Index idx && idx.offset() != null) {
                    Object literal = Arrays.literalKey(fn.facts.typeOf(idx.offset()));
                    if (literal != null && Types.leq(ct, Operators.ANY_ARRAY) && !(ct instanceof Type.Never)) {
                        ct = Arrays.withKey(ct, literal, innerType);
                    }
                }
                if (k != null) {
                    whenTrue = narrowed(whenTrue, k, ct, true);
                }
                innerType = ct;
            }
        }
        // Not set: a single variable or path is null (or undefined); of several, any one may be.
        FlowState whenFalse = in;
        if (i.vars().size() == 1 && key(i.vars().get(0)) != null && in.knows(key(i.vars().get(0)))) {
            String k = key(i.vars().get(0));
            Type t = Types.meet(in.type(k), Type.NULL);
            whenFalse = t instanceof Type.Never ? FlowState.UNREACHABLE : in.with(k, new FlowState.Var(t, in.get(k).defined()));
        }
        Branches out = new Branches(whenTrue, whenFalse);
        record(i, Type.BOOL, out);
        return out;
    }

    /** The array or object an offset or property is read from, or null. */
    private static Expr container(Expr e) {
        if (e instanceof Expr.Index idx) {
            return idx.base();
        }
        if (e instanceof Expr.PropertyFetch p) {
            return p.object();
        }
        return null;
    }

}
