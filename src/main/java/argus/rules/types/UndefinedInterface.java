package argus.rules.types;

import argus.ast.Name;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/** `implements X` (or an interface's `extends X`) naming an interface declared nowhere: PHP refuses the declaration. */
@RuleInfo(id = "UndefinedInterface", category = Category.TYPES, severity = Severity.ERROR,
        summary = "A class implements (or an interface extends) an interface that is declared nowhere",
        needs = Needs.PROJECT, aliases = {"UndefinedInterface", "interface.notFound"})
public final class UndefinedInterface implements NodeRule<Stmt.ClassLike> {
    @Override
    public Class<Stmt.ClassLike> nodeType() {
        return Stmt.ClassLike.class;
    }

    @Override
    public void check(Stmt.ClassLike c, Scope scope, FindingSink out) {
        for (Name i : c.interfaces()) {
            ClassNames.check(i, scope, out, "Interface");
        }
    }
}
