package argus.flow;

import argus.ast.Expr;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.Types;
import java.util.Map;

/**
 * PHP references as the flow sees them. `$b = &$a` makes one variable of two: a write to
 * either is a write to both. `$r = &$a['k']` (and `foreach ($a as &$r)`) points into $a: a
 * write through $r changes some value of $a, a write into $a may change $r. Where paths
 * disagree on a reference it stays possible, and writes then only widen. The groups are
 * kept as facts of the state ({@link FlowState#REF}).
 */
final class References {
    private References() {
    }

    /** The variable a target or source expression is rooted at (`$a` of `$a['k']->p`), or null. */
    static String root(Expr e) {
        Expr x = e;
        while (true) {
            if (x instanceof Expr.Variable v) {
                return v.name().equals("this") ? null : v.name();
            }
            if (x instanceof Expr.Index i) {
                x = i.base();
            } else if (x instanceof Expr.PropertyFetch p) {
                x = p.object();
            } else {
                return null;
            }
        }
    }

    /** `$target = &$source`, once the source is evaluated to {@code value}. */
    static void bind(ExprFlow flow, Expr target, Expr source, Type value) {
        FlowState st = flow.state();
        if (!st.reachable()) {
            return;
        }
        String t = ExprFlow.varName(target);
        String s = ExprFlow.varName(source);
        if (t != null && !t.equals("this")) {
            st = st.reassigned(t).without(FlowState.REF + t);
            if (s != null && !s.equals("this")) {
                Type group = st.knows(FlowState.REF + s) ? st.type(FlowState.REF + s) : new Type.StrLit(s);
                // Binding to an undefined variable creates it, as null.
                Type shared = st.get(s).defined() == Trilean.NO ? Type.NULL : value;
                st = st.with(s, shared).with(FlowState.REF + s, group).with(t, shared).with(FlowState.REF + t, group);
            } else if (root(source) != null) {
                st = st.with(t, value).with(FlowState.REF + t, new Type.StrLit("[" + root(source)));
            } else {
                st = st.with(t, Type.MIXED);
            }
        } else if (s != null && root(target) != null) {
            // `$a['k'] = &$x`: $x now points into $a.
            st = st.with(FlowState.REF + s, new Type.StrLit("[" + root(target)));
        }
        flow.setState(st);
    }

    /** `foreach ($a as &$v)`: $v points into $a. */
    static FlowState intoContainer(FlowState st, String var, Expr container, Type value) {
        String root = root(container);
        FlowState out = st.reassigned(var).with(var, value);
        return root == null ? out.without(FlowState.REF + var) : out.with(FlowState.REF + var, new Type.StrLit("[" + root));
    }

    /** After {@code var} was given {@code value}: its aliases get it too, what it points into changes. */
    static FlowState written(FlowState st, String var, Type value) {
        if (!st.reachable()) {
            return st;
        }
        Map<String, Type> groups = st.facts(FlowState.REF);
        if (groups.isEmpty()) {
            return st;
        }
        Type mine = groups.get(var);
        FlowState out = st;
        for (Map.Entry<String, Type> e : groups.entrySet()) {
            String other = e.getKey();
            if (other.equals(var)) {
                continue;
            }
            Type theirs = e.getValue();
            if (theirs instanceof Type.StrLit g && g.value().equals("[" + var)) {
                // Something of this variable was pointed at; which, is not known.
                out = out.with(other, new FlowState.Var(Type.MIXED, Trilean.YES));
            } else if (mine != null && mine.equals(theirs) && mine instanceof Type.StrLit g && !g.value().startsWith("[")) {
                out = out.with(other, value);
            } else if (mine != null && !(Types.meet(mine, theirs) instanceof Type.Never)) {
                out = out.with(other, Types.join(out.type(other), value));
            }
        }
        if (mine instanceof Type.StrLit g && g.value().startsWith("[")) {
            out = intoContainerWritten(out, g.value().substring(1), value);
        }
        return out;
    }

    /** A write through a reference into {@code container}: some value of it is now {@code value}. */
    private static FlowState intoContainerWritten(FlowState st, String container, Type value) {
        if (!st.knows(container)) {
            return st;
        }
        Type t = st.type(container);
        if (Types.leq(t, Operators.ANY_ARRAY) && !(t instanceof Type.Never)) {
            boolean list = Types.leq(t, Arrays.ANY_LIST);
            boolean nonEmpty = Types.falsy(t) instanceof Type.Never;
            Type key = list ? Type.INT : Arrays.generalKey(Arrays.keyOf(t));
            Type array = Types.normalize(new Type.ArrayOf(key, Types.join(Arrays.element(t, null), value), list, nonEmpty));
            return st.with(container, new FlowState.Var(array, st.get(container).defined()));
        }
        return st.forgetPathsOf(container);
    }

    /** `unset($v)`: the name is free of any reference. */
    static FlowState unset(FlowState st, String var) {
        return st.without(FlowState.REF + var);
    }
}
