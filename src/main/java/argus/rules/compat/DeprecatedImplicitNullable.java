package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Part;
import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "DeprecatedImplicitNullable", category = Category.COMPATIBILITY, severity = Severity.WARNING,
        summary = "Parameter type made nullable by a null default, deprecated since PHP 8.4")
public final class DeprecatedImplicitNullable implements NodeRule<Part.Param> {
    private static final Feature FEATURE = SyntaxFeatures.get("implicit-nullable");

    @Override
    public Class<Part.Param> nodeType() {
        return Part.Param.class;
    }

    @Override
    public void check(Part.Param node, Scope scope, FindingSink out) {
        // A promoted property cannot default to null without `?` in any version: not a deprecation.
        if (node.type() != null && node.defaultValue() instanceof Expr.NullLit && node.modifiers().isEmpty()
                && !allowsNull(node.type())) {
            FEATURE.report(node.type().span().to(node.name().span()), scope, out);
        }
    }

    private static boolean allowsNull(TypeHint type) {
        if (type instanceof TypeHint.Nullable) {
            return true;
        }
        if (type instanceof TypeHint.Union union) {
            return union.types().stream().anyMatch(DeprecatedImplicitNullable::allowsNull);
        }
        return type instanceof TypeHint.Named named && (named.name().is("null") || named.name().is("mixed"));
    }
}
