package argus.flow;

import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.types.Trilean;
import argus.types.Type;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the flow analysis of one file found, for rules to read: the type of each expression
 * evaluated on a reachable path, the statements no path reaches (the first of each run only),
 * and, when asked for, the state before chosen statements (--dump-types). Keyed by node
 * identity: records compare deeply and two equal nodes at different places must stay apart.
 */
public final class FlowFacts {
    public static final FlowFacts NONE = new FlowFacts(0);

    final Map<Expr, Type> types;
    final Set<Stmt> unreachable = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<Node, FlowState> states = new IdentityHashMap<>();
    final Map<Expr.Variable, Trilean> reads = new IdentityHashMap<>();
    final Set<Node> fallsOffEnd = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Expr> guarded = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param sourceBytes the file's size: WordPress has one expression per 22 bytes; sized for
     *                    one per 16, so that denser files need not grow it either (each growth
     *                    rehashes every entry)
     */
    FlowFacts(int sourceBytes) {
        types = new IdentityHashMap<>(Math.min(sourceBytes / 16, 1 << 20));
    }
    /** The units of an on-demand analysis ({@link FlowAnalysis#onDemand}); null for a whole-file one. */
    Units units;

    /** Analyses the unit around {@code n}: the innermost holding its span, or every unit when none does. */
    private void cover(Node n) {
        if (units != null) {
            units.cover(n);
        }
    }

    static final class Units {
        private final java.util.List<FlowAnalysis.Unit> all;
        private final boolean[] done;
        private int pending;

        Units(java.util.List<FlowAnalysis.Unit> all) {
            this.all = all;
            this.done = new boolean[all.size()];
            this.pending = all.size();
        }

        void cover(Node n) {
            if (pending == 0) {
                return;
            }
            int start = n.span().start();
            int end = n.span().end();
            int inner = -1;
            if (n.span() != argus.source.Span.NONE) {
                for (int i = 0; i < all.size(); i++) {
                    FlowAnalysis.Unit u = all.get(i);
                    // On a tie the later unit is the declaration: a lone statement outside any
                    // namespace is a unit of top-level code with the same span.
                    if (u.start() <= start && end <= u.end()
                            && (inner < 0 || u.end() - u.start() <= all.get(inner).end() - all.get(inner).start())) {
                        inner = i;
                    }
                }
            }
            for (int i = 0; i < all.size(); i++) {
                if (!done[i] && (inner < 0 || i == inner)) {
                    done[i] = true;
                    pending--;
                    all.get(i).analyse().run();
                }
            }
        }
    }

    /** The type of an expression, or MIXED for one never evaluated on a reachable path (or unknown). */
    public Type typeOf(Expr e) {
        cover(e);
        Type t = types.get(e);
        return t == null ? Type.MIXED : t;
    }

    /** Whether the flow analysis evaluated this expression on some reachable path. */
    public boolean evaluated(Expr e) {
        cover(e);
        return types.containsKey(e);
    }

    /**
     * Whether a variable read was assigned before it on every path (YES), on some (MAYBE) or on
     * none (NO); null when the read was never reached or the scope allows any variable
     * (after `extract()`, `$$name = ...`, `include`).
     */
    public Trilean definedAt(Expr.Variable read) {
        cover(read);
        return reads.get(read);
    }

    void recordRead(Expr.Variable read, Trilean defined) {
        Trilean before = reads.get(read);
        reads.put(read, before == null || before == defined ? defined : Trilean.MAYBE);
    }

    /**
     * Whether some path runs off the end of this function's body (a FunctionDecl, a Method or a
     * Closure with a body), returning nothing.
     */
    public boolean fallsOffEnd(Node function) {
        cover(function);
        return fallsOffEnd.contains(function);
    }

    /**
     * Whether every path to this call, `new`, class constant or constant passed a check that
     * the symbol it names exists: `function_exists('f')`, `class_exists(Foo::class)`,
     * `defined('X')`, `method_exists($o, 'm')` (for `$o->m()`).
     */
    public boolean isGuarded(Expr e) {
        cover(e);
        return guarded.contains(e);
    }

    /** The first statement of each run of statements that no path reaches. */
    public boolean isFirstUnreachable(Stmt s) {
        cover(s);
        return unreachable.contains(s);
    }

    /** The state just before a statement, when it was recorded (see {@link FlowAnalysis#recordStatesAt}). */
    public FlowState stateBefore(Node statement) {
        cover(statement);
        return states.get(statement);
    }

    public Map<Node, FlowState> recordedStates() {
        return Collections.unmodifiableMap(states);
    }
}
