package argus.rules.deadcode;

import argus.rules.ProjectRule;
import argus.usage.Declaration;
import argus.usage.ProjectUsage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the whole-project dead-code rules share: report each declaration of a kind that nothing
 * uses. A name declared several times (`if (!defined('X')) define('X', ...)` in two files, a
 * function guarded by `function_exists()` in two places) is one symbol: one finding, at its first
 * declaration in file order.
 */
final class UnusedDeclarations {
    private UnusedDeclarations() {
    }

    static void report(ProjectUsage project, Declaration.Kind kind, String verb, ProjectRule.Sink out) {
        Map<String, List<Declaration>> unused = new LinkedHashMap<>();
        for (Declaration d : project.declarations(kind)) {
            if (!project.isUsed(d)) {
                unused.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d);
            }
        }
        for (List<Declaration> same : unused.values()) {
            Declaration d = same.get(0);
            String times = same.size() > 1 ? " (declared " + same.size() + " times)" : "";
            out.report(d.file(), d.span(),
                    d.noun() + " " + d.display() + " is never " + verb + " in the analysed code" + times);
        }
    }

    /** Global constants are case-sensitive; every other name PHP matches without regard to case. */
    private static String key(Declaration d) {
        String name = d.owner() == null ? d.name() : d.owner() + "::" + d.name();
        return d.kind() == Declaration.Kind.CONSTANT || d.kind() == Declaration.Kind.PROPERTY
                || d.kind() == Declaration.Kind.CLASS_CONSTANT ? name : name.toLowerCase(Locale.ROOT);
    }
}
