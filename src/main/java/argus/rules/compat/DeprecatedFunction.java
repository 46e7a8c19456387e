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

/**
 * A call of a built-in function that a targeted PHP version deprecates and no version argus
 * knows has removed yet (those are RemovedFunction's). A `function_exists()` guard does not
 * help, the function exists; a version guard keeping the call off those versions does.
 */
@RuleInfo(id = "DeprecatedFunction", category = Category.COMPATIBILITY, severity = Severity.WARNING,
        summary = "Call of a built-in function that a targeted PHP version deprecates", needs = Needs.PROJECT,
        aliases = {"PHPCompatibility.FunctionUse.RemovedFunctions"})
public final class DeprecatedFunction implements NodeRule<Expr.FuncCall> {
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
        if (life == null || life.removed() != null || life.extension() != null || !life.deprecatedIn(scope.phpVersions())) {
            return;
        }
        PhpVersionRange versions = SymbolChecks.versionsAt(call, scope);
        if (versions != null && life.deprecatedIn(versions) && !Guards.of(scope).isSilenced(call)) {
            out.report(name.span(), name.last() + "() is deprecated since PHP " + life.deprecated() + SymbolChecks.targets(scope));
        }
    }
}
