package argus.flow;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one function body uses its local variables: which are read at all, which are bound by
 * reference (and so may be read behind the analysis's back), and, from a backward liveness
 * analysis, which assigned values some path reads. Computed on demand, once per function, for
 * the dead-code rules; a closure or arrow function is a function of its own, and what it
 * captures counts as read where it is created.
 *
 * <p>Unanalysable scopes (`$$name`, `extract()`, `compact()` of a computed name,
 * `get_defined_vars()`, `include`, `eval`, `goto`) answer "used" to every question.
 */
public final class VariableUses {
    /** Past this many passes over one loop the answer is not trusted (the sets only grow, so it never happens on sane code). */
    private static final int MAX_LOOP_PASSES = 64;

    /** Which call arguments may be taken by reference by the callee; given by the caller, which knows the project. */
    public interface ReferenceArgs {
        boolean mayTakeReference(Expr call, int index, Part.Arg arg);

        ReferenceArgs ALWAYS = (call, index, arg) -> true;
    }

    private final Summary summary;
    /** By-reference parameters and `use (&$x)` imports: the caller or creator sees what is stored in them. */
    private final Set<String> boundOutside = new java.util.HashSet<>();
    private final Set<Expr.Assign> liveStores = identitySet();
    private final Set<Expr.Assign> statementStores = identitySet();
    private final Set<Stmt.Foreach> valueUsed = identitySet();
    private final Set<Stmt.Foreach> keyUsed = identitySet();
    private final Map<Expr, List<VariableEvents.Event>> events = new IdentityHashMap<>();
    private final java.util.Deque<Frame> frames = new java.util.ArrayDeque<>();
    /** What every point may still need: the catch and finally blocks around it. */
    private BitSet always = new BitSet();
    private BitSet entry = new BitSet();

    private record Frame(BitSet breaks, BitSet continues) {
    }

    private VariableUses(ReferenceArgs refs) {
        this.summary = new Summary(refs);
    }

    /**
     * The uses in {@code function}: a {@code Stmt.FunctionDecl}, a {@code Member.Method} with a
     * body, an {@code Expr.Closure} or an {@code Expr.ArrowFunction}. Anything else (top-level
     * code, whose variables are globals other files may read) gives an unanalysable answer.
     */
    public static VariableUses of(Node function, ReferenceArgs refs) {
        VariableUses u = new VariableUses(refs);
        if (function instanceof Stmt.FunctionDecl f) {
            u.entry = u.block(f.body(), new BitSet());
            u.params(f.params());
        } else if (function instanceof Member.Method m && m.body() != null) {
            u.entry = u.block(m.body(), new BitSet());
            u.params(m.params());
        } else if (function instanceof Expr.Closure c) {
            for (Part.ClosureUse use : c.uses()) {
                if (use.byRef()) {
                    // Bound to the creator's variable: what the closure stores there, the creator reads.
                    u.boundOutside.add(use.var().name());
                }
            }
            u.entry = u.block(c.body(), new BitSet());
            u.params(c.params());
        } else if (function instanceof Expr.ArrowFunction a) {
            u.entry = u.expr(a.body(), new BitSet());
            u.params(a.params());
        } else {
            u.summary.dynamic();
        }
        return u;
    }

    private void params(List<Part.Param> params) {
        for (Part.Param p : params) {
            if (p.byRef()) {
                boundOutside.add(p.name().name());
            }
        }
    }

    // ------------------------------------------------------------------ answers

    /** False when code may reach variables by computed names: every other answer is then "used". */
    public boolean analysable() {
        return !summary.dynamic;
    }

    /** Whether the body reads its arguments by position (func_get_args() and friends). */
    public boolean readsArgumentsByPosition() {
        return summary.byPosition;
    }

    /** Bound by reference (`&`, by-reference arguments, `global`, `static`): others may read or write it. */
    public boolean isReferenced(String name) {
        return summary.dynamic || summary.referenced.contains(name) || boundOutside.contains(name);
    }

    /** Read somewhere in the body (a closure capturing it and an arrow function naming it count). */
    public boolean isRead(String name) {
        return summary.dynamic || summary.reads.contains(name);
    }

    /** Read, written or bound by reference somewhere in the body (not counting how it came in). */
    public boolean isMentioned(String name) {
        return isRead(name) || summary.writes.contains(name) || summary.referenced.contains(name);
    }

    /** Whether the value a variable has when the body starts (a parameter, a captured variable) may be read. */
    public boolean liveAtEntry(String name) {
        if (!analysable() || isReferenced(name)) {
            return true;
        }
        Integer id = summary.ids.get(name);
        return id != null && entry.get(id);
    }

    /** The assignments to a plain variable that are statements of their own (or `for` initialisers), in source order. */
    public List<Expr.Assign> statementStores() {
        List<Expr.Assign> out = new ArrayList<>(statementStores);
        out.sort(java.util.Comparator.comparingInt(a -> a.span().start()));
        return out;
    }

    /** Whether some path reads the value this assignment stores. */
    public boolean storeIsRead(Expr.Assign store) {
        return !analysable() || liveStores.contains(store)
                || store.target() instanceof Expr.Variable v && isReferenced(v.name());
    }

    /** Whether the loop's value variable is read before the next iteration overwrites it. */
    public boolean foreachValueUsed(Stmt.Foreach f) {
        return !analysable() || f.byRef() || valueUsed.contains(f)
                || f.value() instanceof Expr.Variable v && isReferenced(v.name());
    }

    public boolean foreachKeyUsed(Stmt.Foreach f) {
        return !analysable() || keyUsed.contains(f)
                || f.key() instanceof Expr.Variable v && isReferenced(v.name());
    }

    // ------------------------------------------------------------------ statements (backward)

    private BitSet block(List<Stmt> body, BitSet out) {
        BitSet live = out;
        for (int i = body.size() - 1; i >= 0; i--) {
            live = stmt(body.get(i), live);
        }
        return live;
    }

    private BitSet stmt(Stmt s, BitSet out) {
        BitSet in = stmtIn(s, or(out, always));
        return or(in, always);
    }

    private BitSet stmtIn(Stmt s, BitSet out) {
        if (s instanceof Stmt.ExprStmt e) {
            return exprStmt(e.expr(), out);
        }
        if (s instanceof Stmt.Echo e) {
            return exprs(e.exprs(), out);
        }
        if (s instanceof Stmt.Return r) {
            return expr(r.value(), copy(always));
        }
        if (s instanceof Stmt.If i) {
            BitSet rest = i.otherwise() == null ? out : block(i.otherwise(), out);
            for (int k = i.elseIfs().size() - 1; k >= 0; k--) {
                Part.ElseIf e = i.elseIfs().get(k);
                rest = expr(e.cond(), or(block(e.body(), out), rest));
            }
            return expr(i.cond(), or(block(i.then(), out), rest));
        }
        if (s instanceof Stmt.Block b) {
            return block(b.body(), out);
        }
        if (s instanceof Stmt.Foreach f) {
            return foreach(f, out);
        }
        if (s instanceof Stmt.While w) {
            return whileLoop(w, out);
        }
        if (s instanceof Stmt.DoWhile d) {
            return doWhile(d, out);
        }
        if (s instanceof Stmt.For f) {
            return forLoop(f, out);
        }
        if (s instanceof Stmt.Switch sw) {
            return switchStmt(sw, out);
        }
        if (s instanceof Stmt.Try t) {
            return tryStmt(t, out);
        }
        if (s instanceof Stmt.Break b) {
            return jump(b.levels(), false);
        }
        if (s instanceof Stmt.Continue c) {
            return jump(c.levels(), true);
        }
        if (s instanceof Stmt.Global g) {
            g.vars().forEach(summary::referenced);
            return out;
        }
        if (s instanceof Stmt.StaticVars sv) {
            // The value is kept for the next call.
            for (Part.StaticVar v : sv.vars()) {
                summary.referenced(v.var());
            }
            return out;
        }
        if (s instanceof Stmt.Unset u) {
            BitSet live = out;
            for (int k = u.vars().size() - 1; k >= 0; k--) {
                live = apply(VariableEvents.ofUnset(u.vars().get(k), summary), live);
            }
            return live;
        }
        if (s instanceof Stmt.Declare d) {
            return d.body() == null ? out : block(d.body(), out);
        }
        if (s instanceof Stmt.Const c) {
            BitSet live = out;
            for (int k = c.items().size() - 1; k >= 0; k--) {
                live = expr(c.items().get(k).value(), live);
            }
            return live;
        }
        if (s instanceof Stmt.Goto || s instanceof Stmt.Label) {
            // Jumps the structured walk cannot follow.
            summary.dynamic();
            return out;
        }
        if (s instanceof Stmt.HaltCompiler) {
            return new BitSet();
        }
        // Declarations are scopes of their own; inline HTML, imports and namespaces touch no variable.
        return out;
    }

    private BitSet exprStmt(Expr e, BitSet out) {
        if (e instanceof Expr.Throw t) {
            return expr(t.exception(), copy(always));
        }
        if (e instanceof Expr.Exit x) {
            // exit runs no finally block and leaves no scope behind.
            return expr(x.status(), new BitSet());
        }
        if (e instanceof Expr.Assign a && a.target() instanceof Expr.Variable v && !v.name().equals("this")) {
            statementStores.add(a);
        }
        return expr(e, out);
    }

    private BitSet jump(Expr levels, boolean isContinue) {
        int n = levels instanceof Expr.IntLit i ? (int) Math.max(1, i.value()) : 1;
        int seen = 0;
        for (Frame f : frames) {
            if (++seen == n) {
                return copy(isContinue ? f.continues() : f.breaks());
            }
        }
        return copy(always);
    }

    private BitSet foreach(Stmt.Foreach f, BitSet out) {
        if (f.byRef()) {
            summary.referenced(f.value());
        }
        List<VariableEvents.Event> assign = new ArrayList<>();
        if (f.key() != null) {
            assign.addAll(VariableEvents.ofTarget(f.key(), summary));
        }
        assign.addAll(VariableEvents.ofTarget(f.value(), summary));
        BitSet head = copy(out);
        for (int pass = 0; ; pass++) {
            frames.push(new Frame(out, head));
            BitSet bodyIn;
            try {
                bodyIn = block(f.body(), head);
            } finally {
                frames.pop();
            }
            if (f.value() instanceof Expr.Variable v && bodyIn.get(summary.id(v.name()))) {
                valueUsed.add(f);
            }
            if (f.key() instanceof Expr.Variable k && bodyIn.get(summary.id(k.name()))) {
                keyUsed.add(f);
            }
            BitSet next = or(out, apply(assign, bodyIn));
            if (next.equals(head) || tooMany(pass)) {
                break;
            }
            head = next;
        }
        return expr(f.subject(), head);
    }

    private BitSet whileLoop(Stmt.While w, BitSet out) {
        BitSet head = new BitSet();
        for (int pass = 0; ; pass++) {
            frames.push(new Frame(out, head));
            BitSet bodyIn;
            try {
                bodyIn = block(w.body(), head);
            } finally {
                frames.pop();
            }
            BitSet next = expr(w.cond(), or(out, bodyIn));
            if (next.equals(head) || tooMany(pass)) {
                return next;
            }
            head = next;
        }
    }

    private BitSet doWhile(Stmt.DoWhile d, BitSet out) {
        BitSet cond = new BitSet();
        for (int pass = 0; ; pass++) {
            frames.push(new Frame(out, cond));
            BitSet bodyIn;
            try {
                bodyIn = block(d.body(), cond);
            } finally {
                frames.pop();
            }
            BitSet next = expr(d.cond(), or(out, bodyIn));
            if (next.equals(cond) || tooMany(pass)) {
                return bodyIn;
            }
            cond = next;
        }
    }

    private BitSet forLoop(Stmt.For f, BitSet out) {
        BitSet cond = new BitSet();
        for (int pass = 0; ; pass++) {
            BitSet step = exprs(f.step(), cond);
            frames.push(new Frame(out, step));
            BitSet bodyIn;
            try {
                bodyIn = block(f.body(), step);
            } finally {
                frames.pop();
            }
            BitSet next = exprs(f.cond(), or(out, bodyIn));
            if (next.equals(cond) || tooMany(pass)) {
                break;
            }
            cond = next;
        }
        for (Expr e : f.init()) {
            if (e instanceof Expr.Assign a && a.target() instanceof Expr.Variable v && !v.name().equals("this")) {
                statementStores.add(a);
            }
        }
        return exprs(f.init(), cond);
    }

    private BitSet switchStmt(Stmt.Switch sw, BitSet out) {
        // `continue` inside a switch acts as `break`.
        frames.push(new Frame(out, out));
        List<BitSet> caseIn = new ArrayList<>();
        try {
            BitSet next = out;
            for (int k = sw.cases().size() - 1; k >= 0; k--) {
                next = block(sw.cases().get(k).body(), next);
                caseIn.add(0, next);
            }
        } finally {
            frames.pop();
        }
        BitSet rest = out;
        for (int k = 0; k < sw.cases().size(); k++) {
            if (sw.cases().get(k).cond() == null) {
                rest = caseIn.get(k);
            }
        }
        for (int k = sw.cases().size() - 1; k >= 0; k--) {
            Part.Case c = sw.cases().get(k);
            if (c.cond() != null) {
                rest = expr(c.cond(), or(caseIn.get(k), rest));
            }
        }
        return expr(sw.subject(), rest);
    }

    private BitSet tryStmt(Stmt.Try t, BitSet out) {
        BitSet saved = always;
        BitSet finallyIn = t.finallyBody() == null ? null : block(t.finallyBody(), out);
        BitSet normal = finallyIn != null ? finallyIn : out;
        BitSet handlers = finallyIn != null ? copy(finallyIn) : new BitSet();
        try {
            // A return or throw in a catch block still runs the finally block.
            always = finallyIn != null ? or(saved, finallyIn) : saved;
            for (Part.Catch c : t.catches()) {
                BitSet in = block(c.body(), normal);
                if (c.var() != null) {
                    in = apply(VariableEvents.ofTarget(c.var(), summary), in);
                }
                handlers.or(in);
            }
            // Any statement of the body may throw: what the handlers need is needed everywhere in it.
            always = or(saved, handlers);
            return or(block(t.body(), normal), handlers);
        } finally {
            always = saved;
        }
    }

    private boolean tooMany(int pass) {
        if (pass < MAX_LOOP_PASSES) {
            return false;
        }
        summary.dynamic();
        return true;
    }

    // ------------------------------------------------------------------ expressions (backward over their events)

    private BitSet exprs(List<Expr> list, BitSet out) {
        BitSet live = out;
        for (int i = list.size() - 1; i >= 0; i--) {
            live = expr(list.get(i), live);
        }
        return live;
    }

    private BitSet expr(Expr e, BitSet out) {
        if (e == null) {
            return out;
        }
        return apply(events.computeIfAbsent(e, x -> VariableEvents.of(x, summary)), out);
    }

    private BitSet apply(List<VariableEvents.Event> list, BitSet out) {
        BitSet live = copy(out);
        for (int i = list.size() - 1; i >= 0; i--) {
            VariableEvents.Event ev = list.get(i);
            if (ev.kind() == VariableEvents.Kind.READ) {
                live.set(ev.var());
            } else {
                if (ev.store() != null && live.get(ev.var())) {
                    liveStores.add(ev.store());
                }
                if (!ev.conditional()) {
                    live.clear(ev.var());
                }
            }
        }
        return live;
    }

    private static BitSet copy(BitSet b) {
        return (BitSet) b.clone();
    }

    private static BitSet or(BitSet a, BitSet b) {
        if (b.isEmpty()) {
            return a;
        }
        BitSet out = copy(a);
        out.or(b);
        return out;
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** What the walk learns besides liveness: names, reads, references, dynamic access. */
    static final class Summary {
        final Map<String, Integer> ids = new HashMap<>();
        final Set<String> reads = new java.util.HashSet<>();
        final Set<String> writes = new java.util.HashSet<>();
        final Set<String> referenced = new java.util.HashSet<>();
        private final ReferenceArgs refs;
        boolean dynamic;
        boolean byPosition;

        Summary(ReferenceArgs refs) {
            this.refs = refs;
        }

        ReferenceArgs refs() {
            return refs;
        }

        int id(String name) {
            return ids.computeIfAbsent(name, k -> ids.size());
        }

        int read(String name) {
            reads.add(name);
            return id(name);
        }

        int written(String name) {
            writes.add(name);
            return id(name);
        }

        /** The variable at the root of a by-reference target (`$a`, `$a['k']`). */
        void referenced(Expr e) {
            if (e instanceof Expr.Variable v) {
                referencedName(v.name());
            } else if (e instanceof Expr.Index idx) {
                referenced(idx.base());
            } else if (e instanceof Expr.ListLit || e instanceof Expr.ArrayLit) {
                List<Part.ArrayItem> items = e instanceof Expr.ListLit l ? l.items() : ((Expr.ArrayLit) e).items();
                for (Part.ArrayItem item : items) {
                    referenced(item.value());
                }
            }
        }

        void referencedName(String name) {
            referenced.add(name);
            id(name);
        }

        void dynamic() {
            dynamic = true;
        }

        void argumentsByPosition() {
            byPosition = true;
        }
    }
}
