package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.Scope;
import java.util.List;
import java.util.function.Consumer;

/**
 * Base of the rules about declared types: they see each declared type once, from its root
 * (a parameter, property or constant type, or a return type), since what a type node means
 * depends on where it sits: `null` alone or in a union, `A&B` alone or inside `(A&B)|C`.
 */
abstract class TypeRule implements NodeRule<Node> {
    private static final List<Class<? extends Node>> DECLARATIONS = List.of(Part.Param.class, Member.Property.class,
            Member.ClassConst.class, Stmt.FunctionDecl.class, Member.Method.class, Expr.Closure.class,
            Expr.ArrowFunction.class);

    @Override
    public final Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public final List<Class<? extends Node>> nodeTypes() {
        return DECLARATIONS;
    }

    @Override
    public final void check(Node node, Scope scope, FindingSink out) {
        TypeHint type = declaredType(node);
        if (type != null) {
            checkType(type, scope, out);
        }
    }

    protected abstract void checkType(TypeHint root, Scope scope, FindingSink out);

    static TypeHint declaredType(Node node) {
        if (node instanceof Part.Param p) {
            return p.type();
        } else if (node instanceof Member.Property p) {
            return p.type();
        } else if (node instanceof Member.ClassConst c) {
            return c.type();
        }
        return returnType(node);
    }

    static TypeHint returnType(Node node) {
        if (node instanceof Stmt.FunctionDecl f) {
            return f.returnType();
        } else if (node instanceof Member.Method m) {
            return m.returnType();
        } else if (node instanceof Expr.Closure c) {
            return c.returnType();
        } else if (node instanceof Expr.ArrowFunction a) {
            return a.returnType();
        }
        return null;
    }

    /** Every node of the type, outermost first. */
    static void each(TypeHint type, Consumer<TypeHint> visit) {
        visit.accept(type);
        if (type instanceof TypeHint.Nullable n) {
            each(n.inner(), visit);
        } else if (type instanceof TypeHint.Union u) {
            u.types().forEach(t -> each(t, visit));
        } else if (type instanceof TypeHint.Intersection i) {
            i.types().forEach(t -> each(t, visit));
        }
    }
}
