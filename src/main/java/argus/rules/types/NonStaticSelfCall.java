package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Member;
import argus.ast.Name;
import argus.ast.Node;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.Symbols;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.Locale;

/**
 * `X::method()` where method is an instance method and there is no `$this` to call it on: in a
 * static method, a function, top-level code, or an instance method of a class unrelated to X.
 * `parent::m()`, `self::m()`, `static::m()` and `Ancestor::m()` from an instance method of the
 * class are ordinary calls on `$this`. Closures are left alone (they may be bound to an object).
 */
@RuleInfo(id = "NonStaticSelfCall", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Static call of an instance method where there is no $this", needs = Needs.PROJECT,
        aliases = {"NonStaticSelfCall", "InvalidStaticInvocation", "staticMethod.notStatic"})
public final class NonStaticSelfCall implements NodeRule<Expr.StaticCall> {
    @Override
    public Class<Expr.StaticCall> nodeType() {
        return Expr.StaticCall.class;
    }

    @Override
    public void check(Expr.StaticCall call, Scope scope, FindingSink out) {
        if (call.callableRef() || !(call.cls() instanceof Name n) || !(call.name() instanceof Identifier id)) {
            return;
        }
        Node fn = scope.enclosingFunction();
        if (fn instanceof Expr.Closure || fn instanceof Expr.ArrowFunction) {
            return;
        }
        String cls = Known.resolveClass(scope, n);
        if (cls == null || scope.index().clazz(cls) == null) {
            return;
        }
        Symbols.Method m = scope.index().findMethod(cls, id.name());
        if (m == null || m.isMagic() || m.modifiers().isStatic()
                || scope.index().findMethod(cls, "__callStatic") != null) {
            return;
        }
        boolean instance = fn instanceof Member.Method method && !method.modifiers().isStatic();
        String self = scope.enclosingClassName();
        if (instance && (self == null || n.is("parent") || n.is("self") || n.is("static")
                || related(scope, self, cls))) {
            return;
        }
        out.report(id, "Non-static method " + UndefinedMethod.display(scope, m.declaringClass()) + "::" + m.name()
                + "() cannot be called statically" + (instance ? " from class " + self : " here: there is no $this"));
    }

    private static boolean related(Scope scope, String self, String cls) {
        return !scope.index().hierarchyComplete(self)
                || scope.index().supertypes(self).contains(cls.toLowerCase(Locale.ROOT));
    }
}
