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
 * A call of a built-in function that the oldest targeted PHP version lacks. A declaration of the
 * same function anywhere in the project (a polyfill), a `function_exists()` / `extension_loaded()`
 * guard or a version guard around the call silences it.
 */
@RuleInfo(id = "NewFunction", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Call of a built-in function that some targeted PHP version does not have yet", needs = Needs.PROJECT,
        aliases = {"PHPCompatibility.FunctionUse.NewFunctions"})
public final class NewFunction implements NodeRule<Expr.FuncCall> {
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
        if (life == null || !life.newerThan(scope.phpVersions())) {
            return;
        }
        GuardFacts guards = SymbolChecks.guardsAt(call, scope);
        String lower = function.toLowerCase(Locale.ROOT);
        String ext = SymbolChecks.extensionOf(function);
        if (guards.functions().contains(lower) || ext != null && guards.extensions().contains(ext)) {
            return;
        }
        PhpVersionRange versions = guards.narrow(scope.phpVersions());
        if (versions != null && life.newerThan(versions)) {
            out.report(name.span(), name.last() + "() is new in PHP " + life.since() + SymbolChecks.targets(scope));
        }
    }
}
