package argus.rules.types;

import argus.ast.ParseResult;
import argus.diag.Category;
import argus.diag.Severity;
import argus.flow.TypeDump;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * `/** @argus-trace $x *&#47;` before a statement asks what the flow analysis knows of `$x`
 * there; the answer is a note at the docblock (Psalm's `@psalm-trace`). Nothing is reported in
 * a file without such a docblock.
 */
@RuleInfo(id = "Trace", category = Category.TYPES, severity = Severity.NOTE,
        summary = "The inferred type of a variable an @argus-trace docblock names", needs = Needs.FLOW,
        aliases = {"Trace"})
public final class Trace implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        for (TypeDump.Traced t : TypeDump.traces(file, scope.types())) {
            out.report(t.at(), t.message());
        }
    }
}
