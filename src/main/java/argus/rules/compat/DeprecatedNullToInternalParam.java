package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.ast.Name;
import argus.ast.Part;
import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.BuiltinFunction;
import argus.index.Builtins;
import argus.index.Param;
import argus.index.Signature;
import argus.index.Symbols;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Type;
import argus.types.Types;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Null passed to a scalar parameter of a built-in function that does not accept null: PHP 8.1
 * deprecates the silent conversion (to "", 0 or false). Reported when the argument is null, or
 * declared nullable and not narrowed since; never for mixed, unknown or merely inferred values.
 */
@RuleInfo(id = "DeprecatedNullToInternalParam", category = Category.COMPATIBILITY, severity = Severity.WARNING,
        summary = "Null passed to a non-nullable scalar parameter of a built-in function, deprecated in PHP 8.1",
        level = 3, needs = Needs.FLOW, aliases = {"PHPCompatibility.ParameterValues.RemovedNullToInternalFunctionParameters"})
public final class DeprecatedNullToInternalParam implements NodeRule<Expr.FuncCall> {
    private static final PhpVersion DEPRECATED = PhpVersion.parse("8.1");
    private static final Set<String> SCALARS = Set.of("int", "float", "string", "bool");

    @Override
    public Class<Expr.FuncCall> nodeType() {
        return Expr.FuncCall.class;
    }

    @Override
    public void check(Expr.FuncCall call, Scope scope, FindingSink out) {
        if (!(call.callee() instanceof Name name) || call.args().isEmpty() || !scope.phpVersions().max().atLeast(DEPRECATED)) {
            return;
        }
        String function = SymbolChecks.builtinFunction(name, scope);
        BuiltinFunction f = function == null ? null : Builtins.get().function(function);
        Signature s = f == null ? null : f.signatureIn(DEPRECATED);
        if (s == null) {
            return;
        }
        List<Part.Arg> args = call.args();
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            if (a.unpack() || a.name() != null) {
                return;
            }
            Param p = i < s.params().size() ? s.params().get(i)
                    : !s.params().isEmpty() && s.params().get(s.params().size() - 1).variadic() ? s.params().get(s.params().size() - 1) : null;
            if (p == null || p.byRef() || !rejectsNull(p.type())) {
                continue;
            }
            String what = nullness(a.value(), scope);
            if (what == null) {
                continue;
            }
            // The file's guards only for a call about to be reported: most calls pass no null.
            PhpVersionRange versions = SymbolChecks.versionsAt(call, scope);
            if (versions == null || !versions.max().atLeast(DEPRECATED) || Guards.of(scope).isSilenced(call)) {
                return;
            }
            out.report(a.value().span(), "Passing " + what + " to parameter #" + (i + 1) + " ($" + p.name() + ") of "
                    + name.last() + "() is deprecated since PHP 8.1" + SymbolChecks.targets(scope));
        }
    }

    /** A scalar type without null: `string`, `int|string`; not `?string`, `mixed`, `array|string|null`, `array`. */
    private static boolean rejectsNull(String type) {
        if (type == null || type.startsWith("?")) {
            return false;
        }
        boolean scalar = false;
        for (String part : type.toLowerCase(Locale.ROOT).split("\\|")) {
            if (part.equals("null") || part.equals("mixed")) {
                return false;
            }
            scalar |= SCALARS.contains(part);
        }
        return scalar;
    }

    /**
     * "null", "a possibly null value of type ?string", or null when the argument is not known to
     * be nullable. Nullability is trusted only where code declares it: a literal null, a
     * parameter declared nullable (`?string $s`, `string $s = null`) that the flow has not
     * narrowed, a project function declared to return a nullable type. Types inferred from
     * array reads or from built-ins that return null only on failure (preg_replace) are not
     * enough: they would flag most code that is fine.
     */
    private static String nullness(Expr value, Scope scope) {
        if (value instanceof Expr.NullLit || value instanceof Expr.ConstFetch c && c.name().is("null")) {
            return "null";
        }
        boolean declared = value instanceof Expr.Variable v && nullableParameter(v.name(), scope)
                || value instanceof Expr.FuncCall call && call.callee() instanceof Name n && nullableReturn(n, scope);
        if (!declared) {
            return null;
        }
        Type t = scope.typeOf(value);
        return Types.containsNull(t) ? "a possibly null value of type " + t.describe() : null;
    }

    private static boolean nullableParameter(String variable, Scope scope) {
        List<Part.Param> params;
        Node fn = scope.enclosingFunction();
        if (fn instanceof Stmt.FunctionDecl f) {
            params = f.params();
        } else if (fn instanceof Member.Method m) {
            params = m.params();
        } else if (fn instanceof Expr.Closure c) {
            params = c.params();
        } else if (fn instanceof Expr.ArrowFunction a) {
            params = a.params();
        } else {
            return false;
        }
        for (Part.Param p : params) {
            if (p.name().name().equals(variable)) {
                return p.type() != null && (nullable(p.type())
                        || p.defaultValue() instanceof Expr.NullLit
                        || p.defaultValue() instanceof Expr.ConstFetch c && c.name().is("null"));
            }
        }
        return false;
    }

    private static boolean nullableReturn(Name name, Scope scope) {
        for (String candidate : scope.names().functionCandidates(name)) {
            Symbols.Function f = scope.index().function(candidate);
            if (f != null) {
                return f.signature().returnType() != null && nullable(f.signature().returnType());
            }
        }
        return false;
    }

    private static boolean nullable(TypeHint t) {
        if (t instanceof TypeHint.Nullable) {
            return true;
        }
        if (t instanceof TypeHint.Union u) {
            for (TypeHint part : u.types()) {
                if (part instanceof TypeHint.Named n && n.name().is("null")) {
                    return true;
                }
            }
        }
        return false;
    }
}
