package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The variables of a body that only ever hold arrays it builds from literals: assigned `[...]`
 * at least once and never anything else (offset writes like `$a['k'] = 1` keep them literal).
 * Only for these are all keys truly known: a shape that comes from a parameter, a return value
 * or a `@var` is what a docblock promises, and docblock shapes are often incomplete
 * (`@return array{name: string}` for a config that also has optional keys).
 */
final class LiteralArrays extends OwnBodyScanner {
    private final Set<String> literal = new HashSet<>();
    private final Set<String> other = new HashSet<>();

    private LiteralArrays() {
    }

    static Set<String> of(Node fn) {
        LiteralArrays v = new LiteralArrays();
        v.scanBodyOf(fn);
        v.literal.removeAll(v.other);
        return v.literal;
    }

    private void otherWrite(Expr target) {
        if (target instanceof Expr.Variable v) {
            other.add(v.name());
        } else if (target instanceof Expr.ListLit l) {
            destructured(l.items());
        } else if (target instanceof Expr.ArrayLit a) {
            destructured(a.items());
        }
    }

    private void destructured(List<Part.ArrayItem> items) {
        for (Part.ArrayItem item : items) {
            if (item != null && item.value() != null) {
                otherWrite(item.value());
            }
        }
    }

    @Override
    public Void visitAssign(Expr.Assign n) {
        if (n.target() instanceof Expr.Variable v && n.value() instanceof Expr.ArrayLit) {
            literal.add(v.name());
        } else {
            otherWrite(n.target());
        }
        return super.visitAssign(n);
    }

    @Override
    public Void visitAssignRef(Expr.AssignRef n) {
        otherWrite(n.target());
        return super.visitAssignRef(n);
    }

    @Override
    public Void visitCompoundAssign(Expr.CompoundAssign n) {
        otherWrite(n.target());
        return super.visitCompoundAssign(n);
    }

    @Override
    public Void visitIncDec(Expr.IncDec n) {
        otherWrite(n.target());
        return super.visitIncDec(n);
    }

    @Override
    public Void visitForeach(Stmt.Foreach n) {
        if (n.key() != null) {
            otherWrite(n.key());
        }
        otherWrite(n.value());
        return super.visitForeach(n);
    }

    @Override
    public Void visitCatch(Part.Catch n) {
        if (n.var() != null) {
            other.add(n.var().name());
        }
        return super.visitCatch(n);
    }
}
