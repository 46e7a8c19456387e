package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.flow.CallTargets;
import argus.rules.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The variables of a function body that may change behind the flow analysis's back: bound by
 * reference (`&$a`, `use (&$a)`), shared (`global`, `static`), or passed to a parameter that
 * may take them by reference (a callee argus cannot resolve counts as one). What the flow says
 * of these variables' array keys is not trusted enough to report a missing key.
 */
final class EscapingVariables extends OwnBodyScanner {
    private final Scope scope;
    private final Set<String> names = new HashSet<>();

    private EscapingVariables(Scope scope) {
        this.scope = scope;
    }

    static Set<String> of(Node fn, Scope scope) {
        EscapingVariables v = new EscapingVariables(scope);
        if (fn instanceof Expr.Closure c) {
            // The closure's own by-reference captures are shared with the code that created it.
            c.uses().stream().filter(Part.ClosureUse::byRef).forEach(u -> v.names.add(u.var().name()));
        }
        v.scanBodyOf(fn);
        return v.names;
    }

    private void add(Expr e) {
        Expr base = e;
        while (base instanceof Expr.Index i) {
            base = i.base();
        }
        if (base instanceof Expr.Variable var) {
            names.add(var.name());
        }
    }

    @Override
    public Void visitAssignRef(Expr.AssignRef n) {
        add(n.target());
        add(n.value());
        return super.visitAssignRef(n);
    }

    @Override
    public Void visitClosureUse(Part.ClosureUse n) {
        if (n.byRef()) {
            names.add(n.var().name());
        }
        return null;
    }

    @Override
    public Void visitArrayItem(Part.ArrayItem n) {
        if (n.byRef()) {
            add(n.value());
        }
        return super.visitArrayItem(n);
    }

    @Override
    public Void visitForeach(Stmt.Foreach n) {
        if (n.byRef()) {
            add(n.subject());
        }
        return super.visitForeach(n);
    }

    @Override
    public Void visitGlobal(Stmt.Global n) {
        n.vars().forEach(this::add);
        return null;
    }

    @Override
    public Void visitStaticVars(Stmt.StaticVars n) {
        n.vars().forEach(v -> names.add(v.var().name()));
        return super.visitStaticVars(n);
    }

    @Override
    public Void visitFuncCall(Expr.FuncCall n) {
        arguments(n, n.args());
        return super.visitFuncCall(n);
    }

    @Override
    public Void visitMethodCall(Expr.MethodCall n) {
        arguments(n, n.args());
        return super.visitMethodCall(n);
    }

    @Override
    public Void visitStaticCall(Expr.StaticCall n) {
        arguments(n, n.args());
        return super.visitStaticCall(n);
    }

    @Override
    public Void visitNew(Expr.New n) {
        arguments(n, n.args());
        return super.visitNew(n);
    }

    private void arguments(Expr call, List<Part.Arg> args) {
        List<CallTargets.Target> callees = null;
        for (int i = 0; i < args.size(); i++) {
            Part.Arg arg = args.get(i);
            if (!(arg.value() instanceof Expr.Variable) && !(arg.value() instanceof Expr.Index)) {
                continue;
            }
            if (callees == null) {
                callees = new CallTargets(scope.types(), scope.names(), scope.enclosingClassName(), scope::typeOf).of(call);
            }
            if (callees.isEmpty() || arg.unpack() || mayTakeReference(callees, arg, i)) {
                add(arg.value());
            }
        }
    }

    static boolean mayTakeReference(List<CallTargets.Target> callees, Part.Arg arg, int position) {
        for (CallTargets.Target c : callees) {
            CallTargets.Parameter p = arg.name() != null ? c.paramNamed(arg.name().name()) : c.paramAt(position);
            if (p == null || p.byRef()) {
                return true;
            }
        }
        return false;
    }
}
