package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewNamedArgument", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Named argument on a PHP version older than 8.0")
public final class NewNamedArgument implements NodeRule<Expr> {
    private static final Feature FEATURE = SyntaxFeatures.get("named-argument");

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    /** Calls only: an attribute's arguments come with the attribute, which NewAttribute judges. */
    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.FuncCall.class, Expr.MethodCall.class, Expr.StaticCall.class, Expr.New.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        List<Part.Arg> args = node instanceof Expr.FuncCall f ? f.args() : node instanceof Expr.MethodCall m ? m.args()
                : node instanceof Expr.StaticCall s ? s.args() : ((Expr.New) node).args();
        // One finding per call, at its first named argument.
        args.stream().filter(a -> a.name() != null).findFirst().ifPresent(a -> FEATURE.report(a.name().span(), scope, out));
    }
}
