package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.flow.CallTargets;
import argus.rules.Scope;
import java.util.List;

/**
 * Sorts the offset accesses `$a[k]` of a body into reads and the rest: targets of writes,
 * `isset`, `empty`, `unset`, the left of `??`, references and by-reference arguments, where
 * PHP does not warn about a missing key. A target's base (`$a['x']` in `$a['x']['y'] = 1`) is
 * part of the target; its offsets are read.
 */
abstract class OffsetAccesses extends OwnBodyScanner {
    private final Scope scope;
    private int silenced;

    OffsetAccesses(Scope scope) {
        this.scope = scope;
    }

    /** Inside `@...`: PHP's warnings (a missing key) are silenced on purpose there, errors are not. */
    boolean silenced() {
        return silenced > 0;
    }

    @Override
    public Void visitUnary(Expr.Unary n) {
        boolean silence = n.op() == Expr.UnaryOp.SILENCE;
        silenced += silence ? 1 : 0;
        super.visitUnary(n);
        silenced -= silence ? 1 : 0;
        return null;
    }

    /** An offset whose value is read. */
    abstract void read(Expr.Index n);

    /** An offset written, tested or referenced. */
    abstract void written(Expr.Index n);

    private void target(Expr e) {
        if (e instanceof Expr.Index i) {
            written(i);
            target(i.base());
            scan(i.offset());
        } else if (e instanceof Expr.PropertyFetch p) {
            target(p.object());
            scan(p.name());
        } else if (e instanceof Expr.ListLit l) {
            items(l.items());
        } else if (e instanceof Expr.ArrayLit a) {
            items(a.items());
        } else {
            scan(e);
        }
    }

    private void items(List<Part.ArrayItem> items) {
        for (Part.ArrayItem item : items) {
            scan(item.key());
            if (item.value() != null) {
                target(item.value());
            }
        }
    }

    @Override
    public Void visitIndex(Expr.Index n) {
        read(n);
        return super.visitIndex(n);
    }

    @Override
    public Void visitAssign(Expr.Assign n) {
        target(n.target());
        scan(n.value());
        return null;
    }

    @Override
    public Void visitAssignRef(Expr.AssignRef n) {
        target(n.target());
        target(n.value());
        return null;
    }

    @Override
    public Void visitCompoundAssign(Expr.CompoundAssign n) {
        target(n.target());
        scan(n.value());
        return null;
    }

    @Override
    public Void visitIncDec(Expr.IncDec n) {
        target(n.target());
        return null;
    }

    @Override
    public Void visitIsset(Expr.Isset n) {
        n.vars().forEach(this::target);
        return null;
    }

    @Override
    public Void visitEmpty(Expr.Empty n) {
        target(n.expr());
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary n) {
        if (n.op() != Expr.BinaryOp.COALESCE) {
            return super.visitBinary(n);
        }
        target(n.left());
        scan(n.right());
        return null;
    }

    @Override
    public Void visitUnset(Stmt.Unset n) {
        n.vars().forEach(this::target);
        return null;
    }

    @Override
    public Void visitForeach(Stmt.Foreach n) {
        if (n.byRef()) {
            target(n.subject());
        } else {
            scan(n.subject());
        }
        if (n.key() != null) {
            target(n.key());
        }
        target(n.value());
        scan(n.body());
        return null;
    }

    @Override
    public Void visitArrayItem(Part.ArrayItem n) {
        scan(n.key());
        if (n.byRef()) {
            target(n.value());
        } else {
            scan(n.value());
        }
        return null;
    }

    @Override
    public Void visitFuncCall(Expr.FuncCall n) {
        scan(n.callee());
        arguments(n, n.args());
        return null;
    }

    @Override
    public Void visitMethodCall(Expr.MethodCall n) {
        scan(n.object());
        scan(n.name());
        arguments(n, n.args());
        return null;
    }

    @Override
    public Void visitStaticCall(Expr.StaticCall n) {
        scan(n.cls());
        scan(n.name());
        arguments(n, n.args());
        return null;
    }

    @Override
    public Void visitNew(Expr.New n) {
        scan(n.cls());
        arguments(n, n.args());
        return null;
    }

    /** An offset passed where the callee may take a reference is a target (`preg_match($re, $s, $m['x'])`). */
    private void arguments(Expr call, List<Part.Arg> args) {
        List<CallTargets.Target> callees = null;
        for (int i = 0; i < args.size(); i++) {
            Part.Arg arg = args.get(i);
            if (!(arg.value() instanceof Expr.Index)) {
                scan(arg.value());
                continue;
            }
            if (callees == null) {
                callees = new CallTargets(scope.types(), scope.names(), scope.enclosingClassName(), scope::typeOf).of(call);
            }
            if (callees.isEmpty() || arg.unpack() || EscapingVariables.mayTakeReference(callees, arg, i)) {
                target(arg.value());
            } else {
                scan(arg.value());
            }
        }
    }
}
