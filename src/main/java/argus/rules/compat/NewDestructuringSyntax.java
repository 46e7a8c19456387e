package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewDestructuringSyntax", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "List syntax ([] destructuring, keys, references) newer than the oldest targeted PHP version")
public final class NewDestructuringSyntax implements NodeRule<Node> {
    private static final Feature SHORT = SyntaxFeatures.get("list-short");
    private static final Feature KEYS = SyntaxFeatures.get("list-keys");
    private static final Feature REFERENCE = SyntaxFeatures.get("list-reference");

    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    /** The places a destructuring starts, so that nested lists are judged with their outermost one. */
    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Expr.Assign.class, Stmt.Foreach.class);
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        Expr target = node instanceof Expr.Assign a ? a.target() : ((Stmt.Foreach) node).value();
        if (!(target instanceof Expr.ListLit list)) {
            return;
        }
        if (!list.longSyntax()) {
            SHORT.report(Locate.at(scope.source(), list.span(), list.span().start(), 1), scope, out);
        }
        Part.ArrayItem keyed = first(list, true);
        if (keyed != null) {
            KEYS.report(keyed.key().span(), scope, out);
        }
        Part.ArrayItem byRef = first(list, false);
        if (byRef != null) {
            REFERENCE.report(Locate.tokenOr(scope.source(), byRef.span(), "&", byRef.span()), scope, out);
        }
    }

    /** The first item, nested lists included, with a key ({@code keyed}) or taken by reference. */
    private static Part.ArrayItem first(Expr.ListLit list, boolean keyed) {
        for (Part.ArrayItem item : list.items()) {
            if (keyed ? item.key() != null : item.byRef()) {
                return item;
            }
            if (item.value() instanceof Expr.ListLit inner) {
                Part.ArrayItem found = first(inner, keyed);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
