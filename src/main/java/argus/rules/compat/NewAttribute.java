package argus.rules.compat;

import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.SourceFile;

/**
 * PHP 7 reads `#` as the start of a line comment, so an attribute alone on its line is simply
 * ignored there: `#[\ReturnTypeWillChange]` is written that way on purpose, for code that runs
 * on PHP 7 and 8, and is not reported. An attribute followed by code on its line, or spanning
 * several lines, turns that code into a comment on PHP 7 (or leaves a syntax error).
 */
@RuleInfo(id = "NewAttribute", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Attribute that older PHP versions read as a comment hiding code")
public final class NewAttribute implements NodeRule<Part.AttributeGroup> {
    private static final Feature FEATURE = SyntaxFeatures.get("attribute");

    @Override
    public Class<Part.AttributeGroup> nodeType() {
        return Part.AttributeGroup.class;
    }

    @Override
    public void check(Part.AttributeGroup node, Scope scope, FindingSink out) {
        if (node.span().line() != node.span().endLine() || codeFollows(scope.source(), node.span().end())) {
            FEATURE.report(Locate.at(scope.source(), node.span(), node.span().start(), 2), scope, out);
        }
    }

    /** Whether anything but blanks, a comment or another attribute follows on the attribute's last line. */
    private static boolean codeFollows(SourceFile source, int from) {
        byte[] b = source.bytes();
        int i = from;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i < b.length && b[i] != '\n' && b[i] != '\r' && b[i] != '#'
                && !(b[i] == '/' && i + 1 < b.length && (b[i + 1] == '/' || b[i + 1] == '*'));
    }
}
