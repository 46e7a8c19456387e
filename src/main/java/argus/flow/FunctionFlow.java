package argus.flow;

import argus.ast.Expr;
import argus.ast.Name;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.index.NameContext;
import argus.types.Type;
import argus.types.Types;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The flow analysis of one function body (or a file's top-level code): statements in order,
 * branches joined, loops to a fixpoint with widening, jumps collected by the construct they
 * leave. PHPStan walks the AST the same way instead of building a control-flow graph; PHP's
 * structured statements make that simple, and `goto` is handled by giving up precision at
 * its labels.
 */
final class FunctionFlow {
    /** Loop passes before types are widened; a hard cap after which every variable becomes mixed. */
    static final int WIDEN_AFTER = 3;
    static final int MAX_PASSES = 12;

    final TypeEnv env;
    final NameContext names;
    final String selfClass;
    /** The type of `$this`, or null where there is none (functions, static methods). */
    final Type thisType;
    final FlowFacts facts;
    final FlowAnalysis owner;
    final ExprFlow exprs;
    final Narrowing narrowing;
    final Members members;
    /** The templates in scope: the class's and the function's own (and an enclosing function's, in a closure). */
    final java.util.Map<String, Type.TemplateParam> templates;

    /** The states an exception may leave from, one accumulator per enclosing try (or catch, for finally). */
    private final Deque<FlowState[]> throwing = new ArrayDeque<>();
    /** What leaves the loops (and switches) being analysed, innermost first. */
    private final Deque<Frame> frames = new ArrayDeque<>();
    private Type returned = Type.NEVER;
    /** Whether the body yields (it is a generator), and the keys and values it yields. */
    private boolean yields;
    private Type yieldedKeys = Type.NEVER;
    private Type yieldedValues = Type.NEVER;
    /** The inline docblock of the foreach about to run, for tags naming its loop variables. */
    argus.types.Docblock loopDoc;
    /** Set by a statement after which the next one is dead for syntactic reasons (return, throw, break...). */
    private boolean jumped;

    /** One loop or switch being analysed: the states its breaks and continues carry out of it. */
    static final class Frame {
        final boolean isSwitch;
        FlowState breaks = FlowState.UNREACHABLE;
        FlowState continues = FlowState.UNREACHABLE;

        Frame(boolean isSwitch) {
            this.isSwitch = isSwitch;
        }
    }

    FunctionFlow(FlowAnalysis owner, TypeEnv env, NameContext names, String selfClass, Type thisType, FlowFacts facts,
                 java.util.Map<String, Type.TemplateParam> templates) {
        this.owner = owner;
        this.templates = templates;
        this.env = env;
        this.names = names;
        this.selfClass = selfClass;
        this.thisType = thisType;
        this.facts = facts;
        this.exprs = new ExprFlow(this);
        this.narrowing = new Narrowing(this);
        this.members = new Members(this);
    }

    /** A `yield` (key null for an automatic int key) or a `yield from` of these keys and values. */
    void yielded(Type key, Type value) {
        yields = true;
        yieldedKeys = Types.join(yieldedKeys, key == null ? Type.INT : key);
        yieldedValues = Types.join(yieldedValues, value);
    }

    /** The join of every value returned; NEVER when the body never returns a value. */
    Type returned() {
        return returned;
    }

    String resolveClassName(Name name) {
        String resolved = names.resolveClass(name);
        return switch (resolved) {
            case "self", "static" -> selfClass;
            case "parent" -> env.parentOf(selfClass);
            default -> resolved;
        };
    }

    /** A closure or arrow function met while evaluating: analysed now, with the state it captures; its type. */
    Type nested(Expr fnExpr, FlowState outer) {
        return owner.nested(fnExpr, outer, this);
    }

    /**
     * What the body returns, for a function without a declared return type: the join of its
     * `return`s, null where it may also end without one (void when it never returns a value).
     */
    Type inferredReturn(FlowState end) {
        if (yields) {
            // A generator's `return` gives its final value; the call itself returns the Generator.
            Type result = Types.remove(returned, Type.VOID);
            return new Type.Obj("Generator", List.of(yieldedKeys instanceof Type.Never ? Type.MIXED : yieldedKeys,
                    yieldedValues instanceof Type.Never ? Type.MIXED : yieldedValues, Type.MIXED,
                    result instanceof Type.Never ? Type.VOID : result));
        }
        Type r = returned;
        if (end.reachable()) {
            r = Types.join(r, Type.VOID);
        }
        if (!(Types.remove(r, Type.VOID) instanceof Type.Never) && Types.leq(Type.VOID, r)) {
            r = Types.join(Types.remove(r, Type.VOID), Type.NULL);
        }
        return r;
    }

    /** The signature of a function-like being analysed here, read in this flow's context. */
    FnSig signature(List<Part.Param> params, argus.ast.TypeHint returnType, String docComment) {
        return FnSig.of(env, FnSig.params(params), returnType, docComment,
                new DocTypes.Context(names, selfClass, templates));
    }

    /**
     * Parameters as the body sees them on entry: declared types refined by `@param`, nullable
     * by a null default, variadics as lists.
     */
    FlowState enter(FnSig sig, FlowState base) {
        FlowState st = base;
        for (FnSig.P p : sig.params()) {
            Type t = p.type();
            if (p.variadic()) {
                t = Types.normalize(new Type.ArrayOf(Type.INT, t, true, false));
            }
            st = st.with(p.name(), t);
        }
        return st;
    }

    // ------------------------------------------------------------------ statements

    FlowState block(List<Stmt> statements, FlowState in) {
        FlowState st = in;
        boolean reported = false;
        jumped = false;
        for (Stmt s : statements) {
            if (!st.reachable() && jumped && !reported && !hoisted(s)) {
                facts.unreachable.add(s);
                reported = true;
            }
            if (s instanceof Stmt.Label) {
                // A goto may arrive here from anywhere: nothing is known but that the code runs.
                st = st.reachable() ? st.forgetTypes() : FlowState.entry().withDynamicVars();
                jumped = false;
                reported = false;
            }
            if (owner.recordsStates()) {
                facts.states.put(s, st);
            }
            mayThrowFrom(st);
            boolean wasReachable = st.reachable();
            argus.types.Docblock doc = owner.inline.varsBefore(s);
            if (doc != null) {
                st = VarOverrides.before(this, doc, s, st);
                loopDoc = s instanceof Stmt.Foreach ? doc : null;
                st = VarOverrides.after(this, doc, s, stmt(s, st));
            } else {
                st = stmt(s, st);
            }
            if (wasReachable && st.reachable()) {
                jumped = false;
            }
        }
        mayThrowFrom(st);
        return st;
    }

    /** Inside try blocks, an exception may leave from this state. */
    private void mayThrowFrom(FlowState st) {
        if (!throwing.isEmpty() && st.reachable()) {
            for (FlowState[] t : throwing) {
                t[0] = t[0].join(st);
            }
        }
    }

    /** Declarations take effect before the code runs: one after a `return` is not dead. */
    private static boolean hoisted(Stmt s) {
        return s instanceof Stmt.FunctionDecl || s instanceof Stmt.ClassLike || s instanceof Stmt.Label
                || s instanceof Stmt.HaltCompiler || s instanceof Stmt.InlineHtml html && html.text().isBlank();
    }

    private FlowState unreachable() {
        jumped = true;
        return FlowState.UNREACHABLE;
    }

    FlowState stmt(Stmt s, FlowState in) {
        if (s instanceof Stmt.ExprStmt e) {
            ExprFlow.Typed t = exprs.eval(e.expr(), in);
            if (in.reachable() && !t.state().reachable()) {
                jumped = true;
            }
            return t.state();
        }
        if (s instanceof Stmt.If i) {
            return ifStmt(i, in);
        }
        if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                ExprFlow.Typed t = exprs.eval(r.value(), in);
                if (t.state().reachable()) {
                    returned = Types.join(returned, t.type());
                }
            } else if (in.reachable()) {
                returned = Types.join(returned, Type.VOID);
            }
            return unreachable();
        }
        if (s instanceof Stmt.Echo e) {
            FlowState st = in;
            for (Expr x : e.exprs()) {
                st = exprs.eval(x, st).state();
            }
            return st;
        }
        if (s instanceof Stmt.Block b) {
            return block(b.body(), in);
        }
        if (s instanceof Stmt.Foreach f) {
            return Loops.foreachStmt(this, f, in);
        }
        if (s instanceof Stmt.While w) {
            return Loops.whileStmt(this, w, in);
        }
        if (s instanceof Stmt.For f) {
            return Loops.forStmt(this, f, in);
        }
        if (s instanceof Stmt.DoWhile d) {
            return Loops.doWhile(this, d, in);
        }
        if (s instanceof Stmt.Switch sw) {
            return Loops.switchStmt(this, sw, in);
        }
        if (s instanceof Stmt.Try t) {
            return tryStmt(t, in);
        }
        if (s instanceof Stmt.Break b) {
            jump(b.levels(), in, false);
            return unreachable();
        }
        if (s instanceof Stmt.Continue c) {
            jump(c.levels(), in, true);
            return unreachable();
        }
        if (s instanceof Stmt.Global g) {
            FlowState st = in;
            for (Expr v : g.vars()) {
                String name = ExprFlow.varName(v);
                if (name != null) {
                    // Any call may change a global.
                    st = st.reassigned(name).with(name, Type.MIXED).with(FlowState.VOLATILE + name, Type.TRUE);
                }
            }
            return st;
        }
        if (s instanceof Stmt.StaticVars sv) {
            FlowState st = in;
            for (Part.StaticVar v : sv.vars()) {
                if (v.init() != null) {
                    st = exprs.eval(v.init(), st).state();
                }
                // Its value is whatever the previous call left; a recursive call may change it.
                st = st.reassigned(v.var().name()).with(v.var().name(), Type.MIXED)
                        .with(FlowState.VOLATILE + v.var().name(), Type.TRUE);
            }
            return st;
        }
        if (s instanceof Stmt.Unset u) {
            FlowState st = in;
            for (Expr v : u.vars()) {
                String name = ExprFlow.varName(v);
                if (name != null) {
                    st = References.unset(st.reassigned(name), name).without(FlowState.VOLATILE + name)
                            .with(name, new FlowState.Var(Type.NULL, argus.types.Trilean.NO));
                } else {
                    st = Arrays.unset(exprs, v, st);
                }
            }
            return st;
        }
        if (s instanceof Stmt.Declare d) {
            return d.body() == null ? in : block(d.body(), in);
        }
        if (s instanceof Stmt.Const c) {
            FlowState st = in;
            for (Part.ConstItem item : c.items()) {
                st = exprs.eval(item.value(), st).state();
            }
            return st;
        }
        if (s instanceof Stmt.Goto || s instanceof Stmt.HaltCompiler) {
            return unreachable();
        }
        // Declarations (analysed on their own), inline HTML, labels, namespaces and imports change nothing here.
        return in;
    }

    private FlowState ifStmt(Stmt.If i, FlowState in) {
        Narrowing.Branches b = narrowing.branch(i.cond(), in);
        FlowState out = block(i.then(), b.whenTrue());
        // A branch counts as jumping away when it jumps or is never entered; one whose end only the
        // inferred types rule out (a docblock-typed `!== null`, say) is no jump the author wrote.
        boolean allJumped = jumped || !b.whenTrue().reachable();
        FlowState rest = b.whenFalse();
        for (Part.ElseIf e : i.elseIfs()) {
            Narrowing.Branches eb = narrowing.branch(e.cond(), rest);
            FlowState branch = block(e.body(), eb.whenTrue());
            allJumped &= jumped || !eb.whenTrue().reachable();
            out = out.join(branch);
            rest = eb.whenFalse();
        }
        FlowState last = i.otherwise() == null ? rest : block(i.otherwise(), rest);
        allJumped &= i.otherwise() != null && (jumped || !rest.reachable());
        out = out.join(last);
        jumped = allJumped && in.reachable() && !out.reachable();
        return out;
    }

    private FlowState tryStmt(Stmt.Try t, FlowState in) {
        // An exception may leave the try block anywhere: catch blocks start from any state inside it.
        FlowState[] thrown = {in};
        throwing.push(thrown);
        FlowState out;
        try {
            out = block(t.body(), in);
        } finally {
            throwing.pop();
        }
        FlowState caught = thrown[0].join(out);
        boolean allJumped = jumped || !in.reachable();
        // For finally: also any state inside a catch block, which may throw in turn.
        FlowState[] rethrown = {FlowState.UNREACHABLE};
        for (Part.Catch c : t.catches()) {
            FlowState entry = caught;
            if (c.var() != null) {
                Type types = Type.NEVER;
                for (Name n : c.types()) {
                    String cls = resolveClassName(n);
                    types = Types.join(types, cls == null ? Type.OBJECT : new Type.Obj(cls));
                }
                entry = entry.reassigned(c.var().name()).with(c.var().name(), types);
            }
            throwing.push(rethrown);
            FlowState after;
            try {
                after = block(c.body(), entry);
            } finally {
                throwing.pop();
            }
            allJumped &= jumped || !entry.reachable();
            out = out.join(after);
        }
        if (t.finallyBody() != null) {
            // Once for every way in (its types cover them all), once more for the way on.
            FlowState any = out.join(caught).join(rethrown[0]);
            FlowState fin = block(t.finallyBody(), any);
            if (out.reachable()) {
                fin = block(t.finallyBody(), out);
            }
            allJumped &= !out.reachable() || jumped;
            out = out.reachable() ? fin : FlowState.UNREACHABLE;
        }
        jumped = allJumped && !out.reachable();
        return out;
    }

    /** `break n` / `continue n`: the state goes to the n-th enclosing loop; `continue` on a switch acts as `break`. */
    private void jump(Expr levels, FlowState st, boolean isContinue) {
        if (!st.reachable()) {
            return;
        }
        int n = levels instanceof Expr.IntLit i ? (int) Math.max(1, i.value()) : 1;
        Frame target = null;
        int seen = 0;
        for (Frame f : frames) {
            if (++seen == n) {
                target = f;
                break;
            }
        }
        if (target == null) {
            return;
        }
        if (isContinue && !target.isSwitch) {
            target.continues = target.continues.join(st);
        } else {
            target.breaks = target.breaks.join(st);
        }
    }

    // ------------------------------------------------------------------ loop support for Loops

    Frame pushLoop(boolean isSwitch) {
        Frame f = new Frame(isSwitch);
        frames.push(f);
        return f;
    }

    void popLoop() {
        frames.pop();
    }

    void setJumped(boolean value) {
        jumped = value;
    }

    boolean jumped() {
        return jumped;
    }
}
