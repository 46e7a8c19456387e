package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Type;
import java.util.List;
import java.util.Set;

/**
 * Two offset mistakes. A key an array of known keys does not have (`$a = ['x' => 1]; $a['y']`):
 * PHP warns "Undefined array key" and yields null; only for arrays whose every key the flow
 * knows (built from literals in the same function, see {@link LiteralArrays}, never shared by
 * reference), only where the key is read (not in isset, empty, `??`, `@`, or as a target), and
 * only for keys the function never tests for (see {@link TestedKeys}). And a key of a type no
 * array takes (an array or an object): a TypeError "Illegal offset type", reads and writes alike.
 */
@RuleInfo(id = "InvalidArrayOffset", category = Category.TYPES, severity = Severity.ERROR,
        summary = "An array offset that does not exist on an array of known keys, or of an illegal type",
        needs = Needs.FLOW, aliases = {"InvalidArrayOffset", "offsetAccess.notFound", "offsetAccess.invalidOffset"})
public final class InvalidArrayOffset implements NodeRule<Node> {
    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Stmt.FunctionDecl.class, Member.Method.class, Expr.Closure.class, Expr.ArrowFunction.class);
    }

    @Override
    public void check(Node fn, Scope scope, FindingSink out) {
        new OffsetAccesses(scope) {
            // Each a walk of the body: the literal arrays only for functions reading a variable by
            // key, the rest only for those reading a literal array by key.
            private Set<String> literal;
            private Set<String> escaping;
            private TestedKeys tested;

            @Override
            void read(Expr.Index n) {
                illegalKey(n, scope, out);
                if (n.base() instanceof Expr.Variable v && literal().contains(v.name()) && !silenced()) {
                    if (escaping == null) {
                        escaping = EscapingVariables.of(fn, scope);
                        tested = TestedKeys.of(fn, scope);
                    }
                    if (!escaping.contains(v.name())) {
                        missingKey(n, v, tested, scope, out);
                    }
                }
            }

            @Override
            void written(Expr.Index n) {
                illegalKey(n, scope, out);
            }

            private Set<String> literal() {
                if (literal == null) {
                    literal = LiteralArrays.of(fn);
                }
                return literal;
            }
        }.scanBodyOf(fn);
    }

    private static void illegalKey(Expr.Index n, Scope scope, FindingSink out) {
        if (n.offset() == null || !scope.evaluated(n.offset()) || !scope.evaluated(n.base())) {
            return;
        }
        Type key = scope.typeOf(n.offset());
        if (ArrayKeys.neverArrayKey(key) && ArrayKeys.surelyArray(scope.typeOf(n.base()))) {
            out.report(n, "Illegal offset type " + key.describe() + ": array keys are int or string");
        }
    }

    private static void missingKey(Expr.Index n, Expr.Variable v, TestedKeys tested, Scope scope, FindingSink out) {
        if (n.offset() == null || !scope.evaluated(n.offset()) || !scope.evaluated(n.base())) {
            return;
        }
        Object key = ArrayKeys.literalKey(scope.typeOf(n.offset()));
        Type base = scope.typeOf(n.base());
        if (key != null && ArrayKeys.surelyLacks(base, key) && !tested.tested(v.name(), key)) {
            out.report(n.span(), "Offset " + ArrayKeys.show(key) + " does not exist on " + base.describe(), Severity.WARNING);
        }
    }
}
