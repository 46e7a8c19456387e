package argus.rules.compat;

import argus.ast.Name;
import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * Before PHP 7.0 `int` in a signature named a class `int`; before 8.0 `mixed` named a class
 * `mixed`, and so on: such code compiles, then fails on the first call. The versions are in
 * rules/compat/syntax.json ("type:..." entries). Only unqualified names are type keywords.
 */
@RuleInfo(id = "NewBuiltinType", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Type declaration keyword unknown to the oldest targeted PHP version")
public final class NewBuiltinType extends TypeRule {
    @Override
    protected void checkType(TypeHint root, Scope scope, FindingSink out) {
        each(root, type -> {
            if (type instanceof TypeHint.Named named && named.name().kind() == Name.Kind.UNQUALIFIED) {
                String word = named.name().text().toLowerCase(java.util.Locale.ROOT);
                // null and false inside a union came with union types (NewUnionType); alone they are 8.2.
                boolean standaloneOnly = word.equals("null") || word.equals("false");
                Feature feature = SyntaxFeatures.all().get("type:" + word);
                if (feature != null && (!standaloneOnly || type == root)) {
                    feature.report(named.span(), scope, out);
                }
            }
        });
    }
}
