package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Name;
import argus.ast.Node;
import argus.rules.Scope;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The array keys a body tests for anywhere (`isset($a['k'])`, `empty($a['k'])`, `$a['k'] ?? x`,
 * `array_key_exists('k', $a)`): code that checks for a key expects it may be missing, so a read
 * of it elsewhere in the body is not reported, whatever the order. A test with a key of
 * unknown value counts for every key of that variable.
 */
final class TestedKeys extends OwnBodyScanner {
    private static final Object ANY = new Object();

    private final Scope scope;
    private final Map<String, Set<Object>> keys = new HashMap<>();

    private TestedKeys(Scope scope) {
        this.scope = scope;
    }

    static TestedKeys of(Node fn, Scope scope) {
        TestedKeys t = new TestedKeys(scope);
        t.scanBodyOf(fn);
        return t;
    }

    boolean tested(String variable, Object key) {
        Set<Object> k = keys.get(variable);
        return k != null && (k.contains(ANY) || k.contains(key));
    }

    private void test(Expr access) {
        for (Expr e = access; e instanceof Expr.Index i; e = i.base()) {
            if (i.base() instanceof Expr.Variable v) {
                add(v.name(), i.offset());
            }
        }
    }

    private void add(String variable, Expr key) {
        Object literal = key != null && scope.evaluated(key) ? ArrayKeys.literalKey(scope.typeOf(key)) : null;
        keys.computeIfAbsent(variable, k -> new HashSet<>()).add(literal == null ? ANY : literal);
    }

    @Override
    public Void visitIsset(Expr.Isset n) {
        n.vars().forEach(this::test);
        return super.visitIsset(n);
    }

    @Override
    public Void visitEmpty(Expr.Empty n) {
        test(n.expr());
        return super.visitEmpty(n);
    }

    @Override
    public Void visitBinary(Expr.Binary n) {
        if (n.op() == Expr.BinaryOp.COALESCE) {
            test(n.left());
        }
        return super.visitBinary(n);
    }

    @Override
    public Void visitCompoundAssign(Expr.CompoundAssign n) {
        if (n.op() == Expr.BinaryOp.COALESCE) {
            test(n.target());
        }
        return super.visitCompoundAssign(n);
    }

    @Override
    public Void visitFuncCall(Expr.FuncCall n) {
        if (n.callee() instanceof Name name && (name.is("array_key_exists") || name.is("key_exists"))
                && n.args().size() == 2 && n.args().get(1).value() instanceof Expr.Variable v) {
            add(v.name(), n.args().get(0).value());
        }
        return super.visitFuncCall(n);
    }
}
