package argus.flow;

import argus.ast.Expr;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.types.Docblock;
import argus.types.Type;
import java.util.HashSet;
import java.util.Set;

/**
 * Inline `@var` tags: `/** @var Foo $x *&#47;` before `$x = $c->get('foo');` overrides what
 * the assignment inferred; before a statement that does not assign $x it states $x's type
 * there (and that $x exists: templates get their variables from an include); before a
 * foreach it may name the loop's value. A tag without a name is about the assigned variable.
 */
final class VarOverrides {
    private VarOverrides() {
    }

    /** The tags about variables the statement does not assign, applied before it runs. */
    static FlowState before(FunctionFlow fn, Docblock doc, Stmt s, FlowState st) {
        Set<String> assigned = assigned(s);
        FlowState out = st;
        for (Docblock.Var v : doc.vars()) {
            if (v.name() != null && !assigned.contains(v.name()) && !loopVariable(s, v.name())) {
                out = apply(fn, out, v.name(), v.type());
            }
        }
        return out;
    }

    /** The tags about variables the statement assigns, applied after it. */
    static FlowState after(FunctionFlow fn, Docblock doc, Stmt s, FlowState st) {
        Set<String> assigned = assigned(s);
        FlowState out = st;
        for (Docblock.Var v : doc.vars()) {
            String name = v.name() != null ? v.name() : assigned.size() == 1 ? assigned.iterator().next() : null;
            if (name != null && assigned.contains(name)) {
                out = apply(fn, out, name, v.type());
            }
        }
        return out;
    }

    /** In a foreach, the tags naming its key or value variable, applied as each iteration starts. */
    static FlowState loop(FunctionFlow fn, Docblock doc, Stmt.Foreach f, FlowState st) {
        FlowState out = st;
        for (Docblock.Var v : doc.vars()) {
            if (v.name() != null && loopVariable(f, v.name())) {
                out = apply(fn, out, v.name(), v.type());
            }
        }
        return out;
    }

    private static FlowState apply(FunctionFlow fn, FlowState st, String name, Type written) {
        if (!st.reachable() || name.equals("this")) {
            return st;
        }
        Type doc = DocTypes.resolve(fn.env, written, new DocTypes.Context(fn.names, fn.selfClass, fn.templates));
        FlowState.Var before = st.get(name);
        Type inferred = before.defined() == argus.types.Trilean.NO ? Type.MIXED : before.type();
        return st.reassigned(name).with(name, DocTypes.override(fn.env, inferred, doc));
    }

    private static boolean loopVariable(Stmt s, String name) {
        return s instanceof Stmt.Foreach f && (name.equals(ExprFlow.varName(f.value())) || name.equals(ExprFlow.varName(f.key())));
    }

    /** The variables a statement assigns at its top level: `$x = ...`, `[$a, $b] = ...`, `global $x`, `static $x`. */
    static Set<String> assigned(Stmt s) {
        Set<String> out = new HashSet<>();
        if (s instanceof Stmt.ExprStmt e) {
            Expr x = e.expr();
            if (x instanceof Expr.Assign a) {
                targets(a.target(), out);
            } else if (x instanceof Expr.AssignRef a) {
                targets(a.target(), out);
            } else if (x instanceof Expr.CompoundAssign a) {
                targets(a.target(), out);
            }
        } else if (s instanceof Stmt.Global g) {
            g.vars().forEach(v -> targets(v, out));
        } else if (s instanceof Stmt.StaticVars sv) {
            sv.vars().forEach(v -> out.add(v.var().name()));
        }
        return out;
    }

    private static void targets(Expr target, Set<String> out) {
        if (target instanceof Expr.Variable v) {
            out.add(v.name());
        } else if (target instanceof Expr.ListLit l) {
            l.items().forEach(i -> item(i, out));
        } else if (target instanceof Expr.ArrayLit a) {
            a.items().forEach(i -> item(i, out));
        }
    }

    private static void item(Part.ArrayItem i, Set<String> out) {
        if (i != null && i.value() != null) {
            targets(i.value(), out);
        }
    }
}
