package argus.rules.deadcode;

import argus.ast.Member;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.Locale;

/**
 * A private method nothing in its class calls: not by name, not as a callable (`[$this, 'x']`,
 * `'self::x'`, `$this->x(...)`), not in a docblock (`@dataProvider x`). Magic methods, private
 * constructors and `__clone` exist to forbid or to be called by PHP, and are used.
 */
@RuleInfo(id = "UnusedPrivateMethod", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A private method that is never called", aliases = {"UnusedMethod", "method.unused"})
public final class UnusedPrivateMethod implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        PrivateMembers.FileClasses classes = PrivateMembers.in(scope);
        for (Stmt.ClassLike cls : classes.classes) {
            if (cls.members().stream().noneMatch(m -> m instanceof Member.Method method && method.modifiers().isPrivate())) {
                continue;
            }
            ClassUses uses = classes.uses(cls);
            if (uses == null || uses.dynamicMethods) {
                continue;
            }
            for (Member m : cls.members()) {
                if (!(m instanceof Member.Method method) || !method.modifiers().isPrivate()) {
                    continue;
                }
                String name = method.name().name();
                String lower = name.toLowerCase(Locale.ROOT);
                if (PrivateMembers.MAGIC.contains(lower) || uses.methods.contains(lower) || uses.inString(name)
                        || uses.inComment(name) || PrivateMembers.framework(method.attributes(), method.docComment())) {
                    continue;
                }
                out.report(method.name(), "Private method " + name + "() is never used");
            }
        }
    }
}
