package argus.rules.types;

import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.index.Symbols;
import argus.rules.Scope;

/** Where calling deprecated code is itself deprecated code, and so not worth a finding. */
final class DeprecatedCalls {
    private DeprecatedCalls() {
    }

    /** Whether the code around the current node is itself deprecated (its function, method or class). */
    static boolean insideDeprecated(Scope scope) {
        String cls = scope.enclosingClassName();
        Symbols.Class c = cls == null ? null : scope.index().clazz(cls);
        if (c != null && c.flags().deprecated()) {
            return true;
        }
        Node fn = scope.enclosingFunction();
        if (fn instanceof Member.Method m && c != null) {
            Symbols.Method declared = c.method(m.name().name());
            return declared != null && declared.deprecated();
        }
        if (fn instanceof Stmt.FunctionDecl f) {
            Symbols.Function declared = scope.index().function(scope.names().declared(f.name().name()));
            return declared != null && declared.deprecated();
        }
        return false;
    }
}
