package argus.rules.types;

import argus.ast.Member;
import argus.ast.Name;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/** `use T;` in a class body naming a trait declared nowhere: PHP refuses the class. */
@RuleInfo(id = "UndefinedTrait", category = Category.TYPES, severity = Severity.ERROR,
        summary = "A class uses a trait that is declared nowhere", needs = Needs.PROJECT,
        aliases = {"UndefinedTrait", "trait.notFound"})
public final class UndefinedTrait implements NodeRule<Member.TraitUse> {
    @Override
    public Class<Member.TraitUse> nodeType() {
        return Member.TraitUse.class;
    }

    @Override
    public void check(Member.TraitUse use, Scope scope, FindingSink out) {
        for (Name t : use.traits()) {
            ClassNames.check(t, scope, out, "Trait");
        }
    }
}
