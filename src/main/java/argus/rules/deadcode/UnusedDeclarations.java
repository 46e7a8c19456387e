package argus.rules.deadcode;

import argus.rules.ProjectRule;
import argus.usage.Declaration;
import argus.usage.ProjectUsage;

/** What the whole-project dead-code rules share: report each declaration of a kind that nothing uses. */
final class UnusedDeclarations {
    private UnusedDeclarations() {
    }

    static void report(ProjectUsage project, Declaration.Kind kind, String verb, ProjectRule.Sink out) {
        for (Declaration d : project.declarations(kind)) {
            if (!project.isUsed(d)) {
                out.report(d.file(), d.span(),
                        d.noun() + " " + d.display() + " is never " + verb + " in the analysed code");
            }
        }
    }
}
