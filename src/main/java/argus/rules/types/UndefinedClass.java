package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Member;
import argus.ast.Name;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

/**
 * A class name that nothing declares, where PHP needs the class: `new`, static calls and
 * properties, class constants, `instanceof`, `catch`, declared types and `extends`. `X::class`
 * is only a string, so it is not judged; interfaces and traits in declarations have their own
 * rules. Names in a namespace the project declares nothing in belong to dependencies argus
 * was not given and are not judged either (see {@link Known}).
 */
@RuleInfo(id = "UndefinedClass", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Use of a class that is declared nowhere", needs = Needs.PROJECT,
        aliases = {"UndefinedClass", "class.notFound"})
public final class UndefinedClass implements NodeRule<Node> {
    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Expr.New.class, Expr.StaticCall.class, Expr.ClassConstFetch.class, Expr.StaticPropertyFetch.class,
                Expr.Instanceof.class, Part.Catch.class, Part.Param.class, Member.Method.class, Stmt.FunctionDecl.class,
                Expr.Closure.class, Expr.ArrowFunction.class, Member.Property.class, Stmt.ClassLike.class);
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        if (node instanceof Expr.New n && n.cls() instanceof Name name) {
            ClassNames.check(name, scope, out, "Class");
        } else if (node instanceof Expr.StaticCall n && n.cls() instanceof Name name) {
            ClassNames.check(name, scope, out, "Class");
        } else if (node instanceof Expr.ClassConstFetch n && n.cls() instanceof Name name
                && !(n.name() instanceof Identifier id && id.name().equalsIgnoreCase("class"))) {
            ClassNames.check(name, scope, out, "Class");
        } else if (node instanceof Expr.StaticPropertyFetch n && n.cls() instanceof Name name) {
            ClassNames.check(name, scope, out, "Class");
        } else if (node instanceof Expr.Instanceof n && n.cls() instanceof Name name) {
            ClassNames.check(name, scope, out, "Class");
        } else if (node instanceof Part.Catch c) {
            c.types().forEach(t -> ClassNames.check(t, scope, out, "Class"));
        } else if (node instanceof Part.Param p) {
            ClassNames.checkType(p.type(), scope, out);
        } else if (node instanceof Member.Method m) {
            ClassNames.checkType(m.returnType(), scope, out);
        } else if (node instanceof Stmt.FunctionDecl f) {
            ClassNames.checkType(f.returnType(), scope, out);
        } else if (node instanceof Expr.Closure c) {
            ClassNames.checkType(c.returnType(), scope, out);
        } else if (node instanceof Expr.ArrowFunction a) {
            ClassNames.checkType(a.returnType(), scope, out);
        } else if (node instanceof Member.Property p) {
            ClassNames.checkType(p.type(), scope, out);
        } else if (node instanceof Stmt.ClassLike c && c.kind() != Stmt.ClassKind.INTERFACE && c.parent() != null) {
            ClassNames.check(c.parent(), scope, out, "Class");
        }
    }
}
