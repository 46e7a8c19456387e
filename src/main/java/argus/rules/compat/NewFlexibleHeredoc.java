package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewFlexibleHeredoc", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Indented or inline closing heredoc label on a PHP version older than 7.3")
public final class NewFlexibleHeredoc implements NodeRule<Expr> {
    private static final Feature FEATURE = SyntaxFeatures.get("flexible-heredoc");

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.StringLit.class, Expr.Interpolated.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        Expr.StringKind kind = node instanceof Expr.StringLit s ? s.kind() : ((Expr.Interpolated) node).kind();
        if (kind != Expr.StringKind.HEREDOC && kind != Expr.StringKind.NOWDOC) {
            return;
        }
        byte[] b = scope.source().bytes();
        int start = node.span().start();
        // The literal pieces of an interpolated heredoc are heredoc StringLits too: only the whole opens with <<<.
        if (!opensHeredoc(b, start)) {
            return;
        }
        int end = node.span().end();
        int labelStart = end - label(b, node.span().start()).length();
        // Before 7.3 the label had to start its line and be followed only by an optional `;` and the line end.
        int after = end < b.length && b[end] == ';' ? end + 1 : end;
        boolean indented = labelStart > 0 && b[labelStart - 1] != '\n';
        boolean inline = after < b.length && b[after] != '\n' && b[after] != '\r';
        if (indented || inline) {
            FEATURE.report(Locate.at(scope.source(), node.span(), labelStart, end - labelStart), scope, out);
        }
    }

    private static boolean opensHeredoc(byte[] b, int start) {
        int i = start < b.length && (b[start] | 0x20) == 'b' ? start + 1 : start;
        return i + 3 <= b.length && b[i] == '<' && b[i + 1] == '<' && b[i + 2] == '<';
    }

    /** The label of the heredoc or nowdoc opening at {@code start}: `<<<"EOT"` gives EOT. */
    private static String label(byte[] b, int start) {
        int i = start + ((b[start] | 0x20) == 'b' ? 4 : 3);
        while (b[i] == ' ' || b[i] == '\t') {
            i++;
        }
        if (b[i] == '"' || b[i] == '\'') {
            i++;
        }
        int from = i;
        while (i < b.length && ((b[i] & 0x80) != 0 || Character.isLetterOrDigit(b[i]) || b[i] == '_')) {
            i++;
        }
        return new String(b, from, i - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
