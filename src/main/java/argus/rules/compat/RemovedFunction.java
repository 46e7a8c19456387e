package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Name;
import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.Locale;

/**
 * A call of a built-in function that a targeted PHP version no longer has (an error), or only
 * deprecates on its way out (a warning). Functions of whole removed extensions are
 * RemovedExtension's; a project declaration of the function or a `function_exists()` guard
 * excuses the removal, not the deprecation.
 */
@RuleInfo(id = "RemovedFunction", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Call of a built-in function that a targeted PHP version removed or deprecates for removal",
        needs = Needs.PROJECT, aliases = {"PHPCompatibility.FunctionUse.RemovedFunctions"})
public final class RemovedFunction implements NodeRule<Expr.FuncCall> {
    @Override
    public Class<Expr.FuncCall> nodeType() {
        return Expr.FuncCall.class;
    }

    @Override
    public void check(Expr.FuncCall call, Scope scope, FindingSink out) {
        if (!(call.callee() instanceof Name name)) {
            return;
        }
        String function = SymbolChecks.builtinFunction(name, scope);
        Lifetime life = function == null ? null : SymbolVersions.function(function);
        if (life == null || life.removed() == null || life.extension() != null
                || !life.removedIn(scope.phpVersions()) && !life.deprecatedIn(scope.phpVersions())) {
            return;
        }
        GuardFacts guards = SymbolChecks.guardsAt(call, scope);
        PhpVersionRange versions = guards.narrow(scope.phpVersions());
        if (versions == null) {
            return;
        }
        boolean polyfilled = guards.functions().contains(function.toLowerCase(Locale.ROOT));
        String deprecation = life.deprecated() == null ? "" : " (deprecated since " + life.deprecated() + ")";
        if (life.removedIn(versions) && !polyfilled) {
            out.report(name.span(), name.last() + "() was removed in PHP " + life.removed() + deprecation
                    + SymbolChecks.targets(scope), Severity.ERROR);
        } else if (life.deprecatedIn(versions)) {
            out.report(name.span(), name.last() + "() is deprecated since PHP " + life.deprecated() + " and removed in "
                    + life.removed() + SymbolChecks.targets(scope), Severity.WARNING);
        }
    }
}
