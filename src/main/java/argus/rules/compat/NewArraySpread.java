package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewArraySpread", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Spread operator in an array literal on a PHP version older than 7.4 (8.1 with string keys)")
public final class NewArraySpread implements NodeRule<Expr.ArrayLit> {
    private static final Feature SPREAD = SyntaxFeatures.get("array-spread");
    private static final Feature STRING_KEYS = SyntaxFeatures.get("array-spread-string-keys");

    @Override
    public Class<Expr.ArrayLit> nodeType() {
        return Expr.ArrayLit.class;
    }

    @Override
    public void check(Expr.ArrayLit node, Scope scope, FindingSink out) {
        for (Part.ArrayItem item : node.items()) {
            if (item.unpack()) {
                // Whether a variable holds string keys is known only at run time; a literal says it here.
                Feature feature = hasStringKey(item.value()) ? STRING_KEYS : SPREAD;
                feature.report(Locate.tokenOr(scope.source(), item.span(), "...", item.span()), scope, out);
            }
        }
    }

    private static boolean hasStringKey(Expr value) {
        return value instanceof Expr.ArrayLit array && array.items().stream()
                .anyMatch(i -> i.key() instanceof Expr.StringLit || i.key() instanceof Expr.Interpolated);
    }
}
