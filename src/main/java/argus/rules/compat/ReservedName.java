package argus.rules.compat;

import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A class, interface, trait or enum named `Match` stops compiling on 8.0, where `match` became a
 * keyword; one named `Mixed` on 8.0, where `mixed` became a type. The words and versions are the
 * "reserved:" entries of rules/compat/syntax.json. `enum` is not among them: PHP reads it as a
 * keyword only before a name, so `class Enum` stays valid.
 */
@RuleInfo(id = "ReservedName", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Declaration named with a word a targeted PHP version reserves")
public final class ReservedName implements NodeRule<Node> {
    /** The keywords among the "reserved:" entries; the others are type names, reserved only for classes. */
    private static final Set<String> KEYWORDS = Set.of("fn", "match", "readonly");

    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Stmt.ClassLike.class, Stmt.FunctionDecl.class, Stmt.Const.class, Stmt.Use.class);
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        if (node instanceof Stmt.ClassLike c && c.name() != null) {
            check(c.name().span(), c.name().name(), c.kind().name().toLowerCase(Locale.ROOT), true, true, scope, out);
        } else if (node instanceof Stmt.FunctionDecl f && !f.name().name().equalsIgnoreCase("readonly")) {
            // PHP 8.1 kept readonly() callable as a function name: WordPress declares one.
            check(f.name().span(), f.name().name(), "function", true, false, scope, out);
        } else if (node instanceof Stmt.Const c) {
            c.items().forEach(i -> check(i.name().span(), i.name().name(), "constant", true, false, scope, out));
        } else if (node instanceof Stmt.Use u) {
            // Namespaced names are single tokens since 8.0, so only the alias a class is imported as counts.
            for (Part.UseItem item : u.items()) {
                if (item.kind() == Stmt.UseKind.NORMAL) {
                    Span at = item.alias() != null ? item.alias().span() : item.name().span();
                    String alias = item.alias() != null ? item.alias().name() : item.name().last();
                    check(at, alias, "imported class", false, true, scope, out);
                }
            }
        }
    }

    private static void check(Span at, String name, String what, boolean keywords, boolean typeNames, Scope scope,
                              FindingSink out) {
        String word = name.toLowerCase(Locale.ROOT);
        Feature reserved = SyntaxFeatures.all().get("reserved:" + word);
        if (reserved == null || !(KEYWORDS.contains(word) ? keywords : typeNames) || !reserved.concerns(scope.phpVersions())) {
            return;
        }
        out.report(at, what + " name " + name + " is reserved since PHP " + reserved.until() + " (" + reserved.description()
                + "); the project targets " + scope.phpVersions(), reserved.severity(scope.phpVersions()));
    }
}
