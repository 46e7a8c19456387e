package argus.rules.syntax;

import argus.diag.Category;
import argus.diag.Severity;
import argus.ast.ParseResult;
import argus.ast.SyntaxError;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.Utf8;

@RuleInfo(id = "ParseError", category = Category.SYNTAX, severity = Severity.ERROR,
        summary = "The file does not parse: PHP would refuse to run it",
        precision = RuleInfo.Precision.VERY_HIGH)
public final class ParseError implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        for (SyntaxError e : file.errors()) {
            // The parser words errors with token text, one char per byte; people read UTF-8.
            out.report(e.span(), Utf8.fromLatin1Chars(e.message()));
        }
    }
}
