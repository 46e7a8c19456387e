package argus.flow;

import argus.ast.Expr;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.types.Type;
import java.util.List;

/**
 * Loops and switches. A loop runs its body until the state at its head stops changing:
 * joined for a few passes, then widened (literals to their base type, growing arrays to
 * plain arrays), and past a hard cap every variable becomes mixed. It never hangs. The last
 * pass runs with the final head state, so the types recorded are those of every iteration.
 */
final class Loops {
    private Loops() {
    }

    /** What one iteration does from a head state: the state at the end of the body and at continue. */
    private interface Body {
        FlowState run(FlowState head, FunctionFlow.Frame frame);
    }

    /**
     * Iterates {@code body} from {@code entry} to a fixpoint; returns the final head state and
     * leaves the frame holding the breaks of the last pass.
     */
    private static FlowState fixpoint(FunctionFlow fn, FlowState entry, FunctionFlow.Frame frame, Body body) {
        FlowState head = entry;
        for (int pass = 0; ; pass++) {
            frame.breaks = FlowState.UNREACHABLE;
            frame.continues = FlowState.UNREACHABLE;
            FlowState end = body.run(head, frame).join(frame.continues);
            FlowState next = pass < FunctionFlow.WIDEN_AFTER ? entry.join(end).join(head) : head.widen(end);
            if (next.sameAs(head)) {
                return head;
            }
            if (pass >= FunctionFlow.MAX_PASSES) {
                head = next.forgetTypes();
                frame.breaks = FlowState.UNREACHABLE;
                frame.continues = FlowState.UNREACHABLE;
                body.run(head, frame);
                return head;
            }
            head = next;
        }
    }

    static FlowState whileStmt(FunctionFlow fn, Stmt.While w, FlowState in) {
        FunctionFlow.Frame frame = fn.pushLoop(false);
        FlowState[] exit = {FlowState.UNREACHABLE};
        try {
            fixpoint(fn, in, frame, (head, f) -> {
                Narrowing.Branches b = fn.narrowing.branch(w.cond(), head);
                // Narrowing knows nothing of a literal condition: `while (true)` is left by break only.
                exit[0] = endless(w.cond()) ? FlowState.UNREACHABLE : b.whenFalse();
                return fn.block(w.body(), b.whenTrue());
            });
        } finally {
            fn.popLoop();
        }
        return leave(fn, in, endless(w.cond()), exit[0].join(frame.breaks));
    }

    /** A loop written to run forever (`while (true)`, `for (;;)`): what follows it is dead unless a break leaves it. */
    private static boolean endless(Expr cond) {
        return cond == null || cond instanceof Expr.BoolLit b && b.value() || cond instanceof Expr.IntLit i && i.value() != 0;
    }

    /** After a loop the next statement is dead for a syntactic reason only when the loop is endless and never left. */
    private static FlowState leave(FunctionFlow fn, FlowState in, boolean endless, FlowState out) {
        fn.setJumped(endless && in.reachable() && !out.reachable());
        return out;
    }

    static FlowState doWhile(FunctionFlow fn, Stmt.DoWhile d, FlowState in) {
        FunctionFlow.Frame frame = fn.pushLoop(false);
        FlowState[] exit = {FlowState.UNREACHABLE};
        try {
            fixpoint(fn, in, frame, (head, f) -> {
                FlowState end = fn.block(d.body(), head).join(f.continues);
                f.continues = FlowState.UNREACHABLE;
                Narrowing.Branches b = fn.narrowing.branch(d.cond(), end);
                exit[0] = endless(d.cond()) ? FlowState.UNREACHABLE : b.whenFalse();
                return b.whenTrue();
            });
        } finally {
            fn.popLoop();
        }
        return leave(fn, in, endless(d.cond()), exit[0].join(frame.breaks));
    }

    static FlowState forStmt(FunctionFlow fn, Stmt.For f, FlowState in) {
        FlowState st = in;
        for (Expr e : f.init()) {
            st = fn.exprs.eval(e, st).state();
        }
        FunctionFlow.Frame frame = fn.pushLoop(false);
        FlowState[] exit = {FlowState.UNREACHABLE};
        try {
            fixpoint(fn, st, frame, (head, fr) -> {
                FlowState s = head;
                Narrowing.Branches b = new Narrowing.Branches(head, f.cond().isEmpty() ? FlowState.UNREACHABLE : head);
                for (int i = 0; i < f.cond().size(); i++) {
                    if (i < f.cond().size() - 1) {
                        s = fn.exprs.eval(f.cond().get(i), s).state();
                    } else {
                        b = fn.narrowing.branch(f.cond().get(i), s);
                    }
                }
                exit[0] = !f.cond().isEmpty() && endless(f.cond().get(f.cond().size() - 1))
                        ? FlowState.UNREACHABLE : b.whenFalse();
                FlowState end = fn.block(f.body(), b.whenTrue()).join(fr.continues);
                fr.continues = FlowState.UNREACHABLE;
                for (Expr e : f.step()) {
                    end = fn.exprs.eval(e, end).state();
                }
                return end;
            });
        } finally {
            fn.popLoop();
        }
        return leave(fn, in, f.cond().isEmpty() || endless(f.cond().get(f.cond().size() - 1)), exit[0].join(frame.breaks));
    }

    static FlowState foreachStmt(FunctionFlow fn, Stmt.Foreach f, FlowState in) {
        argus.types.Docblock doc = fn.loopDoc;
        fn.loopDoc = null;
        ExprFlow.Typed subject = fn.exprs.eval(f.subject(), in);
        Type[] kv = Arrays.iteration(fn.env, subject.type());
        FunctionFlow.Frame frame = fn.pushLoop(false);
        FlowState head;
        try {
            head = fixpoint(fn, subject.state(), frame, (h, fr) -> {
                ExprFlow ex = fn.exprs;
                FlowState s = h;
                if (f.key() != null) {
                    s = assign(ex, f.key(), kv[0], s);
                }
                String byRef = f.byRef() ? ExprFlow.varName(f.value()) : null;
                s = byRef != null ? References.intoContainer(s, byRef, f.subject(), kv[1])
                        : assign(ex, f.value(), f.byRef() ? Type.MIXED : kv[1], s);
                if (doc != null) {
                    s = VarOverrides.loop(fn, doc, f, s);
                }
                return fn.block(f.body(), s);
            });
        } finally {
            fn.popLoop();
        }
        fn.setJumped(false);
        // The body may run no time at all: the head covers that path too.
        return head.join(frame.breaks);
    }

    private static FlowState assign(ExprFlow ex, Expr target, Type value, FlowState st) {
        FlowState saved = ex.state();
        ex.setState(st);
        Assignments.assign(ex, target, value);
        FlowState out = ex.state();
        ex.setState(saved);
        return out;
    }

    static FlowState switchStmt(FunctionFlow fn, Stmt.Switch sw, FlowState in) {
        ExprFlow.Typed subject = fn.exprs.eval(sw.subject(), in);
        boolean onTrue = sw.subject() instanceof Expr.BoolLit b && b.value();
        // PHP compares the cases in order, then takes the default when none matched.
        java.util.List<FlowState> entries = new java.util.ArrayList<>();
        FlowState rest = subject.state();
        for (Part.Case c : sw.cases()) {
            if (c.cond() == null) {
                entries.add(null);
                continue;
            }
            // `switch (true)` is an if-else chain; other cases compare loosely (==).
            Narrowing.Branches b = onTrue ? fn.narrowing.branch(c.cond(), rest)
                    : Comparisons.caseOf(fn, sw.subject(), subject.type(), c.cond(), false, rest);
            entries.add(b.whenTrue());
            rest = b.whenFalse();
        }
        FunctionFlow.Frame frame = fn.pushLoop(true);
        FlowState fall = FlowState.UNREACHABLE;
        boolean hasDefault = false;
        try {
            for (int i = 0; i < sw.cases().size(); i++) {
                Part.Case c = sw.cases().get(i);
                hasDefault |= c.cond() == null;
                FlowState entry = c.cond() == null ? rest : entries.get(i);
                fall = fn.block(c.body(), entry.join(fall));
            }
        } finally {
            fn.popLoop();
        }
        fn.setJumped(false);
        FlowState out = fall.join(frame.breaks);
        return hasDefault ? out : out.join(rest);
    }
}
