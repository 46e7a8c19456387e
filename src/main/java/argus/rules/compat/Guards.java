package argus.rules.compat;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.config.PhpVersionRange;
import argus.rules.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The guards of one file, computed once and shared by the compatibility rules about functions,
 * classes, methods and constants: the stretches of source where a condition holds (the branch
 * of an `if`, a ternary or `&&`, the rest of a block after an early `return` / `exit` / `throw`)
 * with what the condition says. Syntax rules never ask: a guard cannot make code parse.
 */
public final class Guards {
    /** {@code facts} hold from offset {@code start} (inclusive) to {@code end} (exclusive). */
    private record Region(int start, int end, GuardFacts facts) {
    }

    private final List<Region> regions;

    private Guards(List<Region> regions) {
        this.regions = List.copyOf(regions);
    }

    /** The file's guards, from the scope's per-file memo. */
    public static Guards of(Scope scope) {
        return scope.fileFact(Guards.class, Guards::compute);
    }

    static Guards compute(ParseResult file) {
        Collector c = new Collector();
        c.scan(file.statements());
        return new Guards(c.regions);
    }

    /** Everything the guards around {@code node} say. */
    GuardFacts at(Node node) {
        int offset = node.span().start();
        GuardFacts out = GuardFacts.NONE;
        for (Region r : regions) {
            if (r.start() <= offset && offset < r.end()) {
                out = out.and(r.facts());
            }
        }
        return out;
    }

    /** The targeted versions on which {@code node} can run, or null where no targeted version runs it. */
    public PhpVersionRange versionsAt(Node node, PhpVersionRange targets) {
        return at(node).narrow(targets);
    }

    private static final class Collector extends AstScanner {
        final List<Region> regions = new ArrayList<>();

        private void add(int start, int end, GuardFacts facts) {
            if (!facts.isNone() && start < end) {
                regions.add(new Region(start, end, facts));
            }
        }

        private void add(List<? extends Node> nodes, GuardFacts facts) {
            if (nodes != null && !nodes.isEmpty()) {
                add(nodes.get(0).span().start(), nodes.get(nodes.size() - 1).span().end(), facts);
            }
        }

        private void add(Node node, GuardFacts facts) {
            if (node != null) {
                add(node.span().start(), node.span().end(), facts);
            }
        }

        @Override
        public Void visitIf(Stmt.If node) {
            add(node.then(), GuardConditions.facts(node.cond(), true));
            GuardFacts previousFalse = GuardConditions.facts(node.cond(), false);
            for (Part.ElseIf e : node.elseIfs()) {
                add(e, previousFalse);
                add(e.body(), GuardConditions.facts(e.cond(), true));
                previousFalse = previousFalse.and(GuardConditions.facts(e.cond(), false));
            }
            add(node.otherwise(), previousFalse);
            return super.visitIf(node);
        }

        @Override
        public Void visitWhile(Stmt.While node) {
            add(node.body(), GuardConditions.facts(node.cond(), true));
            return super.visitWhile(node);
        }

        @Override
        public Void visitTernary(Expr.Ternary node) {
            add(node.then(), GuardConditions.facts(node.cond(), true));
            add(node.otherwise(), GuardConditions.facts(node.cond(), false));
            return super.visitTernary(node);
        }

        @Override
        public Void visitBinary(Expr.Binary node) {
            switch (node.op()) {
                case BOOL_AND, LOGICAL_AND -> add(node.right(), GuardConditions.facts(node.left(), true));
                case BOOL_OR, LOGICAL_OR -> add(node.right(), GuardConditions.facts(node.left(), false));
                default -> { }
            }
            return super.visitBinary(node);
        }

        /** In a statement list, an early exit guards the statements after it. */
        @Override
        public void scan(List<? extends Node> nodes) {
            if (nodes != null && !nodes.isEmpty() && nodes.get(0) instanceof Stmt) {
                int end = nodes.get(nodes.size() - 1).span().end();
                for (Node n : nodes) {
                    add(n.span().end(), end, afterwards((Stmt) n));
                }
            }
            super.scan(nodes);
        }

        /** What holds after {@code s} because the other way leaves the block. */
        private static GuardFacts afterwards(Stmt s) {
            if (s instanceof Stmt.If i && i.elseIfs().isEmpty()) {
                boolean thenLeaves = leaves(i.then());
                boolean elseLeaves = i.otherwise() != null && leaves(i.otherwise());
                if (thenLeaves && !elseLeaves) {
                    return GuardConditions.facts(i.cond(), false);
                }
                if (elseLeaves && !thenLeaves) {
                    return GuardConditions.facts(i.cond(), true);
                }
            }
            if (s instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.Binary b && leaves(b.right())) {
                switch (b.op()) {
                    case BOOL_OR, LOGICAL_OR:
                        return GuardConditions.facts(b.left(), true);
                    case BOOL_AND, LOGICAL_AND:
                        return GuardConditions.facts(b.left(), false);
                    default:
                        break;
                }
            }
            return GuardFacts.NONE;
        }

        private static boolean leaves(List<Stmt> body) {
            if (body == null || body.isEmpty()) {
                return false;
            }
            Stmt last = body.get(body.size() - 1);
            return last instanceof Stmt.Return || last instanceof Stmt.Continue || last instanceof Stmt.Break
                    || last instanceof Stmt.ExprStmt e && leaves(e.expr())
                    || last instanceof Stmt.Block b && leaves(b.body());
        }

        private static boolean leaves(Expr e) {
            return e instanceof Expr.Exit || e instanceof Expr.Throw;
        }
    }
}
