package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.Symbols;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.Set;
import java.util.TreeSet;

/**
 * `X::NAME` where X is a known class (with every ancestor known) that has no constant or enum
 * case of that name in itself, its parents, interfaces or traits. `static::NAME` is left alone:
 * a subclass may declare it.
 */
@RuleInfo(id = "UndefinedClassConstant", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Use of a class constant or enum case that the class does not have", needs = Needs.PROJECT,
        aliases = {"UndefinedConstant", "classConstant.notFound"})
public final class UndefinedClassConstant implements NodeRule<Expr.ClassConstFetch> {
    @Override
    public Class<Expr.ClassConstFetch> nodeType() {
        return Expr.ClassConstFetch.class;
    }

    @Override
    public void check(Expr.ClassConstFetch fetch, Scope scope, FindingSink out) {
        if (!(fetch.cls() instanceof Name n) || n.is("static") || !(fetch.name() instanceof Identifier id)
                || id.name().equalsIgnoreCase("class")) {
            return;
        }
        String cls = Known.resolveClass(scope, n);
        if (cls == null || scope.index().clazz(cls) == null && Known.builtinClass(cls) == null) {
            return;
        }
        Symbols.Class c = scope.index().clazz(cls);
        if (c != null && c.kind() == argus.ast.Stmt.ClassKind.TRAIT
                || !MemberCheck.constant(scope, cls, id.name()).missing() || Guards.guarded(scope, id.name())) {
            return;
        }
        Hints.Nearest nearest = new Hints.Nearest(id.name());
        Set<String> unknown = new TreeSet<>();
        for (Symbols.Class k : scope.index().hierarchy(cls, unknown)) {
            k.constants().keySet().forEach(nearest::offer);
            k.cases().keySet().forEach(nearest::offer);
        }
        for (String u : unknown) {
            MemberCheck.builtinLineage(u).forEach(b -> {
                b.constants().keySet().forEach(nearest::offer);
                b.cases().keySet().forEach(nearest::offer);
            });
        }
        out.report(id, "Undefined class constant " + UndefinedMethod.display(scope, cls) + "::" + id.name()
                + nearest.suffix("", ""));
    }
}
