package argus.rules.compat;

import argus.ast.Node;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

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
        for (SymbolChecks.ClassUse u : SymbolChecks.classesOutside(node, scope, Lifetime::removedIn)) {
            out.report(u.name().span(), u.cls() + " was removed in PHP " + u.life().removed() + SymbolChecks.targets(scope));
        }
    }
}
