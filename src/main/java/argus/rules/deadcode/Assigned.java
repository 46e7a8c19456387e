package argus.rules.deadcode;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import java.util.HashSet;
import java.util.Set;

/**
 * The variables a piece of code may change: assigned (also as the base of an array or property
 * write, in a `list()`, by `foreach`, `++`, `unset`, `global`, `static`, `catch`), bound by
 * reference, or passed to a call (which may take it by reference: `preg_match($re, $s, $m)`).
 */
final class Assigned extends AstScanner {
    private final Set<String> names = new HashSet<>();

    static Set<String> in(Node node) {
        Assigned a = new Assigned();
        a.scan(node);
        return a.names;
    }

    private void target(Expr e) {
        Expr base = e;
        while (true) {
            if (base instanceof Expr.Index i) {
                base = i.base();
            } else if (base instanceof Expr.PropertyFetch p) {
                base = p.object();
            } else {
                break;
            }
        }
        if (base instanceof Expr.Variable v) {
            names.add(v.name());
        } else if (base instanceof Expr.ListLit || base instanceof Expr.ArrayLit) {
            new AstScanner() {
                @Override
                public Void visitVariable(Expr.Variable v) {
                    names.add(v.name());
                    return null;
                }
            }.scan(base);
        }
    }

    @Override
    public Void visitAssign(Expr.Assign node) {
        target(node.target());
        return super.visitAssign(node);
    }

    @Override
    public Void visitAssignRef(Expr.AssignRef node) {
        target(node.target());
        target(node.value());
        return super.visitAssignRef(node);
    }

    @Override
    public Void visitCompoundAssign(Expr.CompoundAssign node) {
        target(node.target());
        return super.visitCompoundAssign(node);
    }

    @Override
    public Void visitIncDec(Expr.IncDec node) {
        target(node.target());
        return super.visitIncDec(node);
    }

    @Override
    public Void visitForeach(Stmt.Foreach node) {
        if (node.key() != null) {
            target(node.key());
        }
        target(node.value());
        return super.visitForeach(node);
    }

    @Override
    public Void visitUnset(Stmt.Unset node) {
        node.vars().forEach(this::target);
        return super.visitUnset(node);
    }

    @Override
    public Void visitGlobal(Stmt.Global node) {
        node.vars().forEach(this::target);
        return super.visitGlobal(node);
    }

    @Override
    public Void visitStaticVar(Part.StaticVar node) {
        names.add(node.var().name());
        return super.visitStaticVar(node);
    }

    @Override
    public Void visitCatch(Part.Catch node) {
        if (node.var() != null) {
            names.add(node.var().name());
        }
        return super.visitCatch(node);
    }

    @Override
    public Void visitClosureUse(Part.ClosureUse node) {
        if (node.byRef()) {
            names.add(node.var().name());
        }
        return super.visitClosureUse(node);
    }

    @Override
    public Void visitArg(Part.Arg node) {
        target(node.value());
        return super.visitArg(node);
    }
}
