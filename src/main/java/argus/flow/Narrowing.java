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
                    Branches out = comparison(b, in);
                    return b.op() == BinaryOp.NOT_IDENTICAL || b.op() == BinaryOp.NOT_EQUAL ? out.swap() : out;
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
            ExprFlow.Typed t = exprs().eval(e.expr(), in);
            Branches b = truthiness(e.expr(), t.type(), t.state(), true);
            record(cond, Type.BOOL, b);
            return b.swap();
        }
        if (cond instanceof Expr.FuncCall call && call.callee() instanceof Name name) {
            Branches b = assertion(call, name, in);
            if (b != null) {
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
    private static FlowState narrowed(FlowState state, String key, Type t, boolean defined) {
        if (t instanceof Type.Never) {
            return FlowState.UNREACHABLE;
        }
        FlowState.Var old = state.get(key);
        // A property path is never "undefined": unknown paths read as their declared type.
        boolean path = key.indexOf('>') >= 0;
        return state.with(key, new FlowState.Var(t, defined || path ? Trilean.YES : old.defined()));
    }

    private Branches comparison(Expr.Binary b, FlowState in) {
        ExprFlow.Typed left = exprs().eval(b.left(), in);
        ExprFlow.Typed right = exprs().eval(b.right(), left.state());
        FlowState st = right.state();
        boolean strict = b.op() == BinaryOp.IDENTICAL || b.op() == BinaryOp.NOT_IDENTICAL;
        Branches out = new Branches(st, st);
        if (key(b.left()) != null) {
            out = compare(key(b.left()), left.type(), right.type(), strict, st);
        } else if (key(b.right()) != null) {
            out = compare(key(b.right()), right.type(), left.type(), strict, st);
        }
        record(b, Type.BOOL, out);
        return out;
    }

    /** `match` arms: is the subject identical to the arm's condition? */
    Branches identical(Expr subject, Type subjectType, Expr cond, FlowState in) {
        ExprFlow.Typed value = exprs().eval(cond, in);
        String key = key(subject);
        if (key == null) {
            return new Branches(value.state(), value.state());
        }
        return compare(key, subjectType, value.type(), true, value.state());
    }

    private static Branches compare(String key, Type type, Type value, boolean strict, FlowState st) {
        if (!singleton(value)) {
            return new Branches(st, st);
        }
        if (strict) {
            return new Branches(narrowed(st, key, Types.meet(type, value), true), narrowed(st, key, Types.remove(type, value), false));
        }
        if (value instanceof Type.Null) {
            // `$x == null` holds for every falsy value; only its negation is exact about null.
            return new Branches(narrowed(st, key, Types.falsy(type), false), narrowed(st, key, Types.removeNull(type), false));
        }
        return new Branches(st, st);
    }

    private static boolean singleton(Type t) {
        return t instanceof Type.Null || t instanceof Type.True || t instanceof Type.False || t instanceof Type.IntLit
                || t instanceof Type.StrLit;
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
            Type t = exprs().peek(v, in).type();
            Expr base = v;
            while (base instanceof Expr.Index idx) {
                base = idx.base();
            }
            String key = key(v);
            if (key != null) {
                whenTrue = narrowed(whenTrue, key, Types.removeNull(t), true);
            }
            // `isset($a['k'])` and `isset($o->p->q)` also say the container is no null.
            String baseKey = key(base);
            if (base != v && baseKey != null) {
                whenTrue = narrowed(whenTrue, baseKey, Types.removeNull(whenTrue.type(baseKey)), true);
            }
        }
        Branches out = new Branches(whenTrue, in);
        record(i, Type.BOOL, out);
        return out;
    }

    /** `is_int($x)` and the like, from the built-in data's assertions; `assert()` is handled by the caller. */
    private Branches assertion(Expr.FuncCall call, Name name, FlowState in) {
        if (fn.env.userFunction(name, fn.names) != null) {
            return null;
        }
        BuiltinFunction f = fn.env.builtinFunction(name, fn.names);
        if (f == null || f.facts().asserts().isEmpty() || call.args().isEmpty()) {
            return null;
        }
        FunctionFacts.Assertion a = f.facts().asserts().get(0);
        if (a.ifTrue() == null || a.param() >= call.args().size() || a.when() != null) {
            return null;
        }
        Part.Arg arg = call.args().get(a.param());
        String key = key(arg.value());
        if (key == null) {
            return null;
        }
        FlowState st = exprs().eval(call, in).state();
        Type before = st.knows(key) || key.indexOf('>') < 0 ? st.type(key) : exprs().peek(arg.value(), in).type();
        Type ifTrue = fn.env.notation(a.ifTrue());
        Type whenTrue = narrowTo(before, ifTrue);
        if (whenTrue instanceof Type.Never && !(before instanceof Type.Never)) {
            whenTrue = Types.meet(before, ifTrue);
        }
        Type whenFalse = a.excludeIfFalse() == null ? before : Types.remove(before, fn.env.notation(a.excludeIfFalse()));
        Branches out = new Branches(narrowed(st, key, whenTrue, true), narrowed(st, key, whenFalse, false));
        record(call, Type.BOOL, out);
        return out;
    }
}
