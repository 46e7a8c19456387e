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
    /** Expressions under PHP's `@`, whose deprecation notices never show. */
    private final java.util.Set<Node> silenced;

    private Guards(List<Region> regions, java.util.Set<Node> silenced) {
        this.regions = List.copyOf(regions);
        this.silenced = silenced;
    }

    /** The file's guards, from the scope's per-file memo. */
    public static Guards of(Scope scope) {
        return scope.fileFact(Guards.class, Guards::compute);
    }

    static Guards compute(ParseResult file) {
        Collector c = new Collector(file.source());
        c.constants(file.statements());
        c.scan(file.statements());
        return new Guards(c.regions, c.silenced);
    }

    /**
     * Whether {@code node} is written under `@` (`@libxml_disable_entity_loader(true)`): the
     * author silenced the deprecation notice on purpose, and the call works on every version.
     */
    boolean isSilenced(Node node) {
        return silenced.contains(node);
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
        final java.util.Set<Node> silenced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final argus.source.SourceFile source;

        /** Class constants of the file holding a condition (`const DISABLE_LOADER = LIBXML_VERSION < 20900;`), by name. */
        private final java.util.Map<String, Expr> flagConstants = new java.util.HashMap<>();

        Collector(argus.source.SourceFile source) {
            this.source = source;
        }

        /** Reads the class constants a guard may name before the guards themselves (they may come first or last). */
        void constants(List<Stmt> statements) {
            java.util.Set<String> ambiguous = new java.util.HashSet<>();
            new AstScanner() {
                @Override
                public Void visitClassConst(argus.ast.Member.ClassConst node) {
                    for (Part.ConstItem item : node.items()) {
                        String name = item.name().name();
                        if (flagConstants.containsKey(name) || ambiguous.contains(name)) {
                            flagConstants.remove(name);
                            ambiguous.add(name);
                        } else if (item.value() instanceof Expr.Binary) {
                            flagConstants.put(name, item.value());
                        }
                    }
                    return super.visitClassConst(node);
                }
            }.scan(statements);
        }

        /** What a condition says, reading `self::FLAG` / `static::FLAG` as the condition the constant holds. */
        private GuardFacts facts(Expr cond, boolean truth) {
            if (cond instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
                return facts(u.operand(), !truth);
            }
            if (cond instanceof Expr.ClassConstFetch f && f.cls() instanceof argus.ast.Name n && (n.is("self") || n.is("static"))
                    && f.name() instanceof argus.ast.Identifier id && flagConstants.containsKey(id.name())) {
                return GuardConditions.facts(flagConstants.get(id.name()), truth);
            }
            return GuardConditions.facts(cond, truth);
        }

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
        public Void visitUnary(Expr.Unary node) {
            if (node.op() == Expr.UnaryOp.SILENCE) {
                silenced.add(node.operand());
            }
            return super.visitUnary(node);
        }

        @Override
        public Void visitIf(Stmt.If node) {
            add(node.then(), facts(node.cond(), true));
            List<Expr> previous = new ArrayList<>(List.of(node.cond()));
            for (Part.ElseIf e : node.elseIfs()) {
                GuardFacts earlierFalse = GuardFacts.NONE;
                for (Expr p : previous) {
                    earlierFalse = earlierFalse.and(falseGiven(p, e.cond()));
                }
                add(e, earlierFalse);
                add(e.body(), facts(e.cond(), true));
                previous.add(e.cond());
            }
            GuardFacts allFalse = GuardFacts.NONE;
            for (Expr p : previous) {
                allFalse = allFalse.and(facts(p, false));
            }
            add(node.otherwise(), allFalse);
            return super.visitIf(node);
        }

        /**
         * What an earlier condition being false says where {@code known} holds: of `A && B` false
         * with A known (`if (!empty($dbh) && $use_mysqli) ... elseif (!empty($dbh))`), B is false.
         * Conditions are matched by their source text.
         */
        private GuardFacts falseGiven(Expr earlier, Expr known) {
            if (earlier instanceof Expr.Binary b
                    && (b.op() == Expr.BinaryOp.BOOL_AND || b.op() == Expr.BinaryOp.LOGICAL_AND)) {
                if (holds(b.left(), known)) {
                    return facts(b.right(), false);
                }
                if (holds(b.right(), known)) {
                    return facts(b.left(), false);
                }
            }
            return facts(earlier, false);
        }

        /** Whether {@code known} being true makes {@code e} true: the same text, or one of its `&&` operands. */
        private boolean holds(Expr e, Expr known) {
            if (known instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.BOOL_AND || b.op() == Expr.BinaryOp.LOGICAL_AND)) {
                return holds(e, b.left()) || holds(e, b.right());
            }
            return text(e).equals(text(known));
        }

        private String text(Expr e) {
            return source.text(e.span().start(), e.span().end()).replaceAll("\\s+", "");
        }

        @Override
        public Void visitWhile(Stmt.While node) {
            add(node.body(), facts(node.cond(), true));
            return super.visitWhile(node);
        }

        @Override
        public Void visitTernary(Expr.Ternary node) {
            add(node.then(), facts(node.cond(), true));
            add(node.otherwise(), facts(node.cond(), false));
            return super.visitTernary(node);
        }

        @Override
        public Void visitBinary(Expr.Binary node) {
            switch (node.op()) {
                case BOOL_AND, LOGICAL_AND -> add(node.right(), facts(node.left(), true));
                case BOOL_OR, LOGICAL_OR -> add(node.right(), facts(node.left(), false));
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
        private GuardFacts afterwards(Stmt s) {
            if (s instanceof Stmt.If i && i.elseIfs().isEmpty()) {
                boolean thenLeaves = leaves(i.then());
                boolean elseLeaves = i.otherwise() != null && leaves(i.otherwise());
                if (thenLeaves && !elseLeaves) {
                    return facts(i.cond(), false);
                }
                if (elseLeaves && !thenLeaves) {
                    return facts(i.cond(), true);
                }
            }
            if (s instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.Binary b && leaves(b.right())) {
                switch (b.op()) {
                    case BOOL_OR, LOGICAL_OR:
                        return facts(b.left(), true);
                    case BOOL_AND, LOGICAL_AND:
                        return facts(b.left(), false);
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
