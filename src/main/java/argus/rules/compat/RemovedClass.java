package argus.rules.compat;

import argus.ast.Name;
import argus.ast.Node;
import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;
import java.util.Locale;

/**
 * A built-in class that a targeted PHP version no longer has, where PHP needs it (see
 * {@link ClassUses}). A project declaration of the name or a `class_exists()` guard silences it.
 */
@RuleInfo(id = "RemovedClass", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Use of a built-in class that a targeted PHP version removed", needs = Needs.PROJECT,
        aliases = {"PHPCompatibility.Classes.RemovedClasses"})
public final class RemovedClass implements NodeRule<Node> {
    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return ClassUses.NODES;
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        for (Name name : ClassUses.of(node)) {
            String cls = SymbolChecks.builtinClass(name, scope);
            Lifetime life = cls == null ? null : SymbolVersions.clazz(cls);
            if (life == null || !life.removedIn(scope.phpVersions())) {
                continue;
            }
            GuardFacts guards = SymbolChecks.guardsAt(name, scope);
            PhpVersionRange versions = guards.narrow(scope.phpVersions());
            if (!guards.classes().contains(cls.toLowerCase(Locale.ROOT)) && versions != null && life.removedIn(versions)) {
                out.report(name.span(), cls + " was removed in PHP " + life.removed() + SymbolChecks.targets(scope));
            }
        }
    }
}
