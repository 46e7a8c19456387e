package argus.flow;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Part;
import argus.types.Type;
import argus.types.Types;
import java.util.List;

/** Writing a value into a target: a variable, an array element, a property path, a destructuring pattern. */
final class Assignments {
    private Assignments() {
    }

    static void assign(ExprFlow flow, Expr target, Type value) {
        FlowState st = flow.state();
        if (target instanceof Expr.Variable v) {
            if (v.name().equals("this")) {
                return;
            }
            flow.setState(References.written(st.reassigned(v.name()).with(v.name(), value), v.name(), value));
        } else if (target instanceof Expr.Index idx) {
            Type key = idx.offset() == null ? null : flow.type(idx.offset());
            Type base = peek(flow, idx.base());
            assign(flow, idx.base(), Arrays.withElement(base, key, value));
        } else if (target instanceof Expr.PropertyFetch p) {
            flow.type(p.object());
            if (p.name() instanceof Expr name) {
                flow.type(name);
            }
            String path = ExprFlow.pathOf(p);
            if (path != null) {
                flow.setState(flow.state().forgetPathsOf(path).with(path, value));
            }
        } else if (target instanceof Expr.StaticPropertyFetch s) {
            if (s.cls() instanceof Expr cls) {
                flow.type(cls);
            }
        } else if (target instanceof Expr.ListLit list) {
            destructure(flow, list.items(), value);
        } else if (target instanceof Expr.ArrayLit array) {
            destructure(flow, array.items(), value);
        } else if (target instanceof Expr.VariableVariable vv) {
            flow.type(vv.name());
            // `$$name = ...` can create any variable.
            flow.setState(flow.state().withDynamicVars());
        }
    }

    private static void destructure(ExprFlow flow, List<Part.ArrayItem> items, Type value) {
        long next = 0;
        for (Part.ArrayItem item : items) {
            if (item.value() == null) {
                next++;
                continue;
            }
            Type key;
            if (item.key() != null) {
                key = flow.type(item.key());
            } else {
                key = new Type.IntLit(next++);
            }
            assign(flow, item.value(), Arrays.element(value, key));
        }
    }

    /**
     * The current type of an assignment target without evaluating it as a read: `$a ??= 1` and
     * `$a ?? 1` must not count an undefined `$a` as an error, as PHP does not.
     */
    static Type peek(ExprFlow flow, Expr target) {
        if (target instanceof Expr.Variable v) {
            if (v.name().equals("this") && flow.fn.thisType != null) {
                return flow.fn.thisType;
            }
            FlowState.Var var = flow.state().get(v.name());
            // Where existence is checked, a variable not yet assigned is simply null.
            Type t = switch (var.defined()) {
                case NO -> Type.NULL;
                case MAYBE -> Types.nullable(var.type());
                default -> var.type();
            };
            flow.fn.facts.types.put(target, t);
            return t;
        }
        if (target instanceof Expr.PropertyFetch p && p.name() instanceof Identifier) {
            String path = ExprFlow.pathOf(p);
            if (path != null && flow.state().knows(path)) {
                flow.type(p.object());
                Type t = flow.state().type(path);
                flow.fn.facts.types.put(target, t);
                return t;
            }
        }
        if (target instanceof Expr.Index idx) {
            Type base = peek(flow, idx.base());
            Type key = idx.offset() == null ? null : flow.type(idx.offset());
            Type t = Arrays.element(base, key);
            flow.fn.facts.types.put(target, t);
            return t;
        }
        return flow.type(target);
    }
}
