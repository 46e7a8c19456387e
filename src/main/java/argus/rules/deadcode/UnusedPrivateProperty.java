package argus.rules.deadcode;

import argus.ast.Identifier;
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

/**
 * A private property nothing in its class reads; one that is only written is unused too, its
 * value goes nowhere. Quiet for classes that read properties by computed names or hand the
 * whole object to serializers, and for properties a framework maps by reflection (attributes,
 * annotations).
 */
@RuleInfo(id = "UnusedPrivateProperty", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A private property that is never read", aliases = {"UnusedProperty", "property.unused",
        "property.onlyWritten"})
public final class UnusedPrivateProperty implements FileRule {
    private static final String[] MAGIC_ACCESS = {"__get", "__set", "__isset", "__unset", "__sleep", "__serialize",
        "__debuginfo", "__wakeup", "__unserialize"};

    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        PrivateMembers.FileClasses classes = PrivateMembers.in(scope);
        for (Stmt.ClassLike cls : classes.classes) {
            if (!hasPrivateProperty(cls)) {
                continue;
            }
            ClassUses uses = classes.uses(cls);
            if (uses == null || uses.dynamicProperties || magicAccess(cls)) {
                continue;
            }
            for (Member m : cls.members()) {
                if (m instanceof Member.Property p && p.modifiers().isPrivate() && p.hooks().isEmpty()
                        && !PrivateMembers.framework(p.attributes(), p.docComment())) {
                    for (Part.PropertyItem item : p.items()) {
                        check(item.name(), uses, out);
                    }
                } else if (m instanceof Member.Method method && method.name().name().equalsIgnoreCase("__construct")) {
                    for (Part.Param param : method.params()) {
                        if (param.modifiers().isPrivate() && param.hooks().isEmpty()
                                && !PrivateMembers.framework(param.attributes(), null)) {
                            check(param.name(), uses, out);
                        }
                    }
                }
            }
        }
    }

    private static void check(Identifier name, ClassUses uses, FindingSink out) {
        String n = name.name();
        if (uses.propertyReads.contains(n) || uses.inString(n)) {
            return;
        }
        out.report(name, uses.propertyWrites.contains(n)
                ? "Private property $" + n + " is written but never read"
                : "Private property $" + n + " is never used");
    }

    private static boolean hasPrivateProperty(Stmt.ClassLike cls) {
        for (Member m : cls.members()) {
            if (m instanceof Member.Property p && p.modifiers().isPrivate()) {
                return true;
            }
            if (m instanceof Member.Method method && method.name().name().equalsIgnoreCase("__construct")
                    && method.params().stream().anyMatch(p -> p.modifiers().isPrivate())) {
                return true;
            }
        }
        return false;
    }

    private static boolean magicAccess(Stmt.ClassLike cls) {
        for (String m : MAGIC_ACCESS) {
            if (PrivateMembers.hasMethod(cls, m)) {
                return true;
            }
        }
        return false;
    }
}
