package argus.flow;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Name;
import argus.ast.Part;
import argus.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reads and writes of local variables one expression makes, in the order PHP evaluates
 * them, for the backward liveness of {@link VariableUses}. Writes in a branch that may not run
 * (the right of `&&`, `??`, a ternary arm, a match arm) are marked conditional: they do not
 * end the life of the value before them. Whatever lets code reach variables by name (`$$x`,
 * `extract()`, `include`) makes the scope unanalysable instead of being modelled.
 */
final class VariableEvents extends AstScanner {
    enum Kind { READ, WRITE }

    /** store: the assignment whose value is written, null for writes no rule reports (destructuring, foreach). */
    record Event(Kind kind, int var, Expr.Assign store, boolean conditional) {
    }

    private final VariableUses.Summary summary;
    private final List<Event> out = new ArrayList<>();
    private int conditional;

    private VariableEvents(VariableUses.Summary summary) {
        this.summary = summary;
    }

    static List<Event> of(Expr e, VariableUses.Summary summary) {
        VariableEvents v = new VariableEvents(summary);
        v.scan(e);
        return v.out;
    }

    /** The events of storing a value into {@code target} (a foreach variable, a destructuring pattern). */
    static List<Event> ofTarget(Expr target, VariableUses.Summary summary) {
        VariableEvents v = new VariableEvents(summary);
        v.assignTo(target, null);
        return v.out;
    }

    /** `unset($a['k'])` reads `$a`; `unset($a)` neither reads nor ends a value anyone could read. */
    static List<Event> ofUnset(Expr target, VariableUses.Summary summary) {
        VariableEvents v = new VariableEvents(summary);
        if (!(target instanceof Expr.Variable)) {
            v.modify(target);
        }
        return v.out;
    }

    private void read(String name) {
        if (!name.equals("this")) {
            out.add(new Event(Kind.READ, summary.read(name), null, conditional > 0));
        }
    }

    private void write(String name, Expr.Assign store) {
        if (!name.equals("this")) {
            out.add(new Event(Kind.WRITE, summary.written(name), store, conditional > 0));
        }
    }

    private void inBranch(Expr e) {
        conditional++;
        scan(e);
        conditional--;
    }

    /** Stores the value just evaluated into a target. */
    private void assignTo(Expr target, Expr.Assign store) {
        if (target instanceof Expr.Variable v) {
            write(v.name(), store);
        } else if (target instanceof Expr.ListLit list) {
            destructure(list.items());
        } else if (target instanceof Expr.ArrayLit array) {
            destructure(array.items());
        } else {
            modify(target);
        }
    }

    private void destructure(List<Part.ArrayItem> items) {
        for (Part.ArrayItem item : items) {
            scan(item.key());
            if (item.value() == null) {
                continue;
            }
            if (item.byRef()) {
                summary.referenced(item.value());
            }
            assignTo(item.value(), null);
        }
    }

    /** A target changed in place (`$a[] = 1`, `$o->p = 1`, `$a .= 'x'`): its variable is read, not replaced. */
    private void modify(Expr target) {
        if (target instanceof Expr.Variable v) {
            read(v.name());
        } else if (target instanceof Expr.Index idx) {
            modify(idx.base());
            scan(idx.offset());
        } else {
            scan(target);
        }
    }

    // ------------------------------------------------------------------ variables

    @Override
    public Void visitVariable(Expr.Variable n) {
        read(n.name());
        return null;
    }

    @Override
    public Void visitVariableVariable(Expr.VariableVariable n) {
        summary.dynamic();
        return super.visitVariableVariable(n);
    }

    @Override
    public Void visitAssign(Expr.Assign n) {
        if (n.target() instanceof Expr.Variable) {
            scan(n.value());
            assignTo(n.target(), n);
        } else if (n.target() instanceof Expr.ListLit || n.target() instanceof Expr.ArrayLit) {
            scan(n.value());
            assignTo(n.target(), null);
        } else {
            modify(n.target());
            scan(n.value());
        }
        return null;
    }

    @Override
    public Void visitAssignRef(Expr.AssignRef n) {
        summary.referenced(n.target());
        summary.referenced(n.value());
        scan(n.value());
        modify(n.target());
        return null;
    }

    @Override
    public Void visitCompoundAssign(Expr.CompoundAssign n) {
        modify(n.target());
        if (n.op() == Expr.BinaryOp.COALESCE) {
            inBranch(n.value());
        } else {
            scan(n.value());
        }
        return null;
    }

    @Override
    public Void visitIncDec(Expr.IncDec n) {
        modify(n.target());
        return null;
    }

    @Override
    public Void visitArrayItem(Part.ArrayItem n) {
        if (n.byRef()) {
            summary.referenced(n.value());
        }
        return super.visitArrayItem(n);
    }

    // ------------------------------------------------------------------ branches

    @Override
    public Void visitBinary(Expr.Binary n) {
        switch (n.op()) {
            case BOOL_AND, BOOL_OR, LOGICAL_AND, LOGICAL_OR, COALESCE -> {
                scan(n.left());
                inBranch(n.right());
            }
            default -> super.visitBinary(n);
        }
        return null;
    }

    @Override
    public Void visitTernary(Expr.Ternary n) {
        scan(n.cond());
        inBranch(n.then());
        inBranch(n.otherwise());
        return null;
    }

    @Override
    public Void visitMatch(Expr.Match n) {
        scan(n.subject());
        conditional++;
        scan(n.arms());
        conditional--;
        return null;
    }

    // ------------------------------------------------------------------ calls

    @Override
    public Void visitFuncCall(Expr.FuncCall n) {
        if (n.callee() instanceof Name name && name.kind() != Name.Kind.QUALIFIED) {
            switch (name.last().toLowerCase(Locale.ROOT)) {
                case "compact" -> {
                    compact(n.args());
                    return null;
                }
                case "extract", "get_defined_vars", "eval" -> summary.dynamic();
                case "parse_str", "mb_parse_str" -> {
                    if (n.args().size() < 2) {
                        summary.dynamic();
                    }
                }
                case "func_get_args", "func_get_arg", "func_num_args" -> summary.argumentsByPosition();
                default -> {
                }
            }
        } else {
            scan(n.callee());
        }
        args(n, n.args());
        return null;
    }

    /** compact('a', ['b', 'c']) reads those variables; any other argument could name any of them. */
    private void compact(List<Part.Arg> args) {
        for (Part.Arg a : args) {
            compactNames(a.value());
        }
    }

    private void compactNames(Expr e) {
        if (e instanceof Expr.StringLit s) {
            read(s.value());
        } else if (e instanceof Expr.ArrayLit array) {
            for (Part.ArrayItem item : array.items()) {
                compactNames(item.value());
            }
        } else {
            summary.dynamic();
            scan(e);
        }
    }

    @Override
    public Void visitMethodCall(Expr.MethodCall n) {
        scan(n.object());
        scan(n.name());
        args(n, n.args());
        return null;
    }

    @Override
    public Void visitStaticCall(Expr.StaticCall n) {
        scan(n.cls());
        scan(n.name());
        args(n, n.args());
        return null;
    }

    @Override
    public Void visitNew(Expr.New n) {
        scan(n.cls());
        args(n, n.args());
        return null;
    }

    @Override
    public Void visitNewAnonymousClass(Expr.NewAnonymousClass n) {
        // The class body is a scope of its own.
        args(n, n.args());
        return null;
    }

    /** A variable passed where the callee may take a reference can change, or be kept and changed later. */
    private void args(Expr call, List<Part.Arg> args) {
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            if (a.value() instanceof Expr.Variable || a.value() instanceof Expr.Index) {
                if (summary.refs().mayTakeReference(call, i, a)) {
                    summary.referenced(a.value());
                }
            }
            scan(a.value());
        }
    }

    @Override
    public Void visitInclude(Expr.Include n) {
        // A template included here reads and sets this scope's variables.
        summary.dynamic();
        return super.visitInclude(n);
    }

    @Override
    public Void visitEval(Expr.Eval n) {
        summary.dynamic();
        return super.visitEval(n);
    }

    // ------------------------------------------------------------------ nested functions

    @Override
    public Void visitClosure(Expr.Closure n) {
        scan(n.attributes());
        scan(n.params());
        for (Part.ClosureUse use : n.uses()) {
            if (use.byRef()) {
                summary.referenced(use.var());
            }
            read(use.var().name());
        }
        return null;
    }

    /** An arrow function captures by value, when it is created, every outer variable its body names. */
    @Override
    public Void visitArrowFunction(Expr.ArrowFunction n) {
        scan(n.attributes());
        scan(n.params());
        new AstScanner() {
            @Override
            public Void visitVariable(Expr.Variable v) {
                read(v.name());
                return null;
            }

            @Override
            public Void visitVariableVariable(Expr.VariableVariable v) {
                summary.dynamic();
                return super.visitVariableVariable(v);
            }

            @Override
            public Void visitClosure(Expr.Closure c) {
                for (Part.ClosureUse use : c.uses()) {
                    read(use.var().name());
                }
                return null;
            }

            @Override
            public Void visitClassLike(Stmt.ClassLike c) {
                return null;
            }
        }.scan(n.body());
        return null;
    }

    @Override
    public Void visitClassLike(Stmt.ClassLike n) {
        return null;
    }

    @Override
    public Void visitFunctionDecl(Stmt.FunctionDecl n) {
        return null;
    }
}
