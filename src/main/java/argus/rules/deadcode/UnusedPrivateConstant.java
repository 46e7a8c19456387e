package argus.rules.deadcode;

import argus.ast.Member;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/** A private class constant nothing in its class reads, by name or through `constant('self::X')`. */
@RuleInfo(id = "UnusedPrivateConstant", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A private class constant that is never used", aliases = {"UnusedConstant", "classConstant.unused"})
public final class UnusedPrivateConstant implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        PrivateMembers.FileClasses classes = PrivateMembers.in(scope);
        for (Stmt.ClassLike cls : classes.classes) {
            if (cls.members().stream().noneMatch(m -> m instanceof Member.ClassConst c && c.modifiers().isPrivate())) {
                continue;
            }
            ClassUses uses = classes.uses(cls);
            if (uses == null || uses.dynamicConstants) {
                continue;
            }
            for (Member m : cls.members()) {
                if (!(m instanceof Member.ClassConst c) || !c.modifiers().isPrivate()
                        || PrivateMembers.framework(c.attributes(), c.docComment())) {
                    continue;
                }
                for (Part.ConstItem item : c.items()) {
                    String name = item.name().name();
                    if (!uses.constants.contains(name) && !uses.inString(name)) {
                        out.report(item.name(), "Private constant " + name + " is never used");
                    }
                }
            }
        }
    }
}
