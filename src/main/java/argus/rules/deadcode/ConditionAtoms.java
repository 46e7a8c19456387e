package argus.rules.deadcode;

import argus.ast.FunctionScanner;
import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.index.NameContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The conditions of a file split into the checks they are made of: the conditions of `if`,
 * `elseif`, `while`, `do`-`while`, `for`, `?:` and the arms of `match (true)`, and both operands of
 * every `&&`, `||`, `and`, `or`, looking through `!`. Each check comes with the variables that
 * some enclosing loop assigns: the flow analysis joins the passes of a loop, but a value that
 * changes from one pass to the next is where a wrong type would first show, so such checks are
 * left alone.
 */
final class ConditionAtoms extends FunctionScanner {
    /**
     * One check, the variables assigned in the loops around it, the class it is in ("" for none
     * or a trait) and the innermost function-like around it (null in top-level code).
     */
    record Atom(Expr expr, Set<String> changingInLoops, String enclosingClass, Node function) {
    }

    private final List<Atom> atoms = new ArrayList<>();
    private final Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<Set<String>> loops = new ArrayDeque<>();
    private final Deque<String> classes = new ArrayDeque<>();
    private final IntFunction<NameContext> namesAt;

    private ConditionAtoms(IntFunction<NameContext> namesAt) {
        super(true);
        this.namesAt = namesAt;
    }

    /** @param namesAt the names in force at an offset of the file, to name the classes declared there */
    static List<Atom> of(List<Stmt> statements, IntFunction<NameContext> namesAt) {
        ConditionAtoms a = new ConditionAtoms(namesAt);
        a.scan(statements);
        return a.atoms;
    }

    private void condition(Expr cond) {
        if (cond == null) {
            return;
        }
        if (cond instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
            condition(u.operand());
        } else if (cond instanceof Expr.Binary b && isBoolean(b.op())) {
            seen.add(b);
            condition(b.left());
            condition(b.right());
        } else if (seen.add(cond)) {
            Set<String> changing = new HashSet<>();
            loops.forEach(changing::addAll);
            atoms.add(new Atom(cond, changing, classes.peek(), enclosingFunction()));
        }
    }

    private static boolean isBoolean(Expr.BinaryOp op) {
        return op == Expr.BinaryOp.BOOL_AND || op == Expr.BinaryOp.BOOL_OR || op == Expr.BinaryOp.LOGICAL_AND
                || op == Expr.BinaryOp.LOGICAL_OR;
    }

    @Override
    public Void visitIf(Stmt.If node) {
        condition(node.cond());
        return super.visitIf(node);
    }

    @Override
    public Void visitElseIf(Part.ElseIf node) {
        condition(node.cond());
        return super.visitElseIf(node);
    }

    @Override
    public Void visitTernary(Expr.Ternary node) {
        condition(node.cond());
        return super.visitTernary(node);
    }

    @Override
    public Void visitBinary(Expr.Binary node) {
        if (isBoolean(node.op()) && !seen.contains(node)) {
            condition(node);
        }
        return super.visitBinary(node);
    }

    @Override
    public Void visitMatch(Expr.Match node) {
        if (node.subject() instanceof Expr.BoolLit b && b.value()) {
            node.arms().forEach(arm -> arm.conditions().forEach(this::condition));
        }
        return super.visitMatch(node);
    }

    @Override
    public Void visitWhile(Stmt.While node) {
        loops.push(Assigned.in(node));
        condition(node.cond());
        super.visitWhile(node);
        loops.pop();
        return null;
    }

    @Override
    public Void visitDoWhile(Stmt.DoWhile node) {
        loops.push(Assigned.in(node));
        condition(node.cond());
        super.visitDoWhile(node);
        loops.pop();
        return null;
    }

    @Override
    public Void visitFor(Stmt.For node) {
        loops.push(Assigned.in(node));
        if (!node.cond().isEmpty()) {
            condition(node.cond().get(node.cond().size() - 1));
        }
        super.visitFor(node);
        loops.pop();
        return null;
    }

    @Override
    public Void visitForeach(Stmt.Foreach node) {
        loops.push(Assigned.in(node));
        super.visitForeach(node);
        loops.pop();
        return null;
    }

    @Override
    public Void visitClassLike(Stmt.ClassLike node) {
        // A class body, and the functions in it, run apart from the loops around the declaration.
        Deque<Set<String>> outer = new ArrayDeque<>(loops);
        loops.clear();
        classes.push(node.name() == null || node.kind() == Stmt.ClassKind.TRAIT ? ""
                : namesAt.apply(node.span().start()).declared(node.name().name()));
        super.visitClassLike(node);
        classes.pop();
        loops.addAll(outer);
        return null;
    }
}
