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
 * A built-in class, interface or enum that the oldest targeted PHP version lacks, where PHP
 * needs it (see {@link ClassUses}). A project declaration of the same name (a polyfill) or a
 * `class_exists()` / `interface_exists()` guard silences it.
 */
@RuleInfo(id = "NewClass", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Use of a built-in class that some targeted PHP version does not have yet", needs = Needs.PROJECT,
        aliases = {"PHPCompatibility.Classes.NewClasses", "PHPCompatibility.Interfaces.NewInterfaces"})
public final class NewClass implements NodeRule<Node> {
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
        for (SymbolChecks.ClassUse u : SymbolChecks.classesOutside(node, scope, Lifetime::newerThan)) {
            out.report(u.name().span(), u.cls() + " is new in PHP " + u.life().since() + SymbolChecks.targets(scope));
        }
    }
}
