package argus.ast;

import java.util.List;

/**
 * The full default traversal, like javac's {@code TreeScanner}: every {@code visitX} scans
 * the node's children in source order, skipping null components. Subclasses override the
 * visits they care about and call {@code super.visitX(node)} to go on into the children (or
 * do not, to prune the subtree).
 *
 * <p>Hand-written rather than reflective because every analysis walks every file with it.
 * Lists are scanned in a loop, so only nesting depth (not list length) costs stack; the
 * driver's threads have stacks large enough for the deepest real expressions.
 *
 * <p>Where a record's component order differs from the source order, the visit follows
 * the source: an enum's backing type comes before its interfaces, and the arguments of
 * {@code new class(...)} before the class body. {@code AstShapeTest} checks that every
 * child of every record is reached.
 */
public abstract class AstScanner implements AstVisitor<Void> {

    /** Visits {@code node} (its own {@code visitX}); does nothing for null. */
    public void scan(Node node) {
        if (node != null) {
            node.accept(this);
        }
    }

    /** Visits each element in order; a null list (e.g. an absent else) is skipped. */
    public void scan(List<? extends Node> nodes) {
        if (nodes != null) {
            for (int i = 0, n = nodes.size(); i < n; i++) {
                scan(nodes.get(i));
            }
        }
    }

    // ------------------------------------------------------------------ Expr

    @Override public Void visitVariable(Expr.Variable node) { return null; }
    @Override public Void visitVariableVariable(Expr.VariableVariable node) { scan(node.name()); return null; }
    @Override public Void visitIntLit(Expr.IntLit node) { return null; }
    @Override public Void visitFloatLit(Expr.FloatLit node) { return null; }
    @Override public Void visitStringLit(Expr.StringLit node) { return null; }
    @Override public Void visitInterpolated(Expr.Interpolated node) { scan(node.parts()); return null; }
    @Override public Void visitShellExec(Expr.ShellExec node) { scan(node.parts()); return null; }
    @Override public Void visitBoolLit(Expr.BoolLit node) { return null; }
    @Override public Void visitNullLit(Expr.NullLit node) { return null; }
    @Override public Void visitMagicConst(Expr.MagicConst node) { return null; }
    @Override public Void visitConstFetch(Expr.ConstFetch node) { scan(node.name()); return null; }

    @Override public Void visitClassConstFetch(Expr.ClassConstFetch node) {
        scan(node.cls());
        scan(node.name());
        return null;
    }

    @Override public Void visitArrayLit(Expr.ArrayLit node) { scan(node.items()); return null; }
    @Override public Void visitListLit(Expr.ListLit node) { scan(node.items()); return null; }
    @Override public Void visitIndex(Expr.Index node) { scan(node.base()); scan(node.offset()); return null; }

    @Override public Void visitPropertyFetch(Expr.PropertyFetch node) {
        scan(node.object());
        scan(node.name());
        return null;
    }

    @Override public Void visitStaticPropertyFetch(Expr.StaticPropertyFetch node) {
        scan(node.cls());
        scan(node.name());
        return null;
    }

    @Override public Void visitFuncCall(Expr.FuncCall node) { scan(node.callee()); scan(node.args()); return null; }

    @Override public Void visitMethodCall(Expr.MethodCall node) {
        scan(node.object());
        scan(node.name());
        scan(node.args());
        return null;
    }

    @Override public Void visitStaticCall(Expr.StaticCall node) {
        scan(node.cls());
        scan(node.name());
        scan(node.args());
        return null;
    }

    @Override public Void visitNew(Expr.New node) { scan(node.cls()); scan(node.args()); return null; }

    /** `new class(args) extends ...`: the arguments are written before the class body. */
    @Override public Void visitNewAnonymousClass(Expr.NewAnonymousClass node) {
        scan(node.args());
        scan(node.declaration());
        return null;
    }

    @Override public Void visitClone(Expr.Clone node) { scan(node.object()); scan(node.withProperties()); return null; }
    @Override public Void visitUnary(Expr.Unary node) { scan(node.operand()); return null; }
    @Override public Void visitIncDec(Expr.IncDec node) { scan(node.target()); return null; }
    @Override public Void visitCast(Expr.Cast node) { scan(node.operand()); return null; }
    @Override public Void visitBinary(Expr.Binary node) { scan(node.left()); scan(node.right()); return null; }
    @Override public Void visitInstanceof(Expr.Instanceof node) { scan(node.expr()); scan(node.cls()); return null; }

    @Override public Void visitTernary(Expr.Ternary node) {
        scan(node.cond());
        scan(node.then());
        scan(node.otherwise());
        return null;
    }

    @Override public Void visitAssign(Expr.Assign node) { scan(node.target()); scan(node.value()); return null; }
    @Override public Void visitAssignRef(Expr.AssignRef node) { scan(node.target()); scan(node.value()); return null; }

    @Override public Void visitCompoundAssign(Expr.CompoundAssign node) {
        scan(node.target());
        scan(node.value());
        return null;
    }

    @Override public Void visitIsset(Expr.Isset node) { scan(node.vars()); return null; }
    @Override public Void visitEmpty(Expr.Empty node) { scan(node.expr()); return null; }
    @Override public Void visitEval(Expr.Eval node) { scan(node.code()); return null; }
    @Override public Void visitExit(Expr.Exit node) { scan(node.status()); return null; }
    @Override public Void visitInclude(Expr.Include node) { scan(node.path()); return null; }
    @Override public Void visitPrint(Expr.Print node) { scan(node.expr()); return null; }
    @Override public Void visitYield(Expr.Yield node) { scan(node.key()); scan(node.value()); return null; }
    @Override public Void visitYieldFrom(Expr.YieldFrom node) { scan(node.expr()); return null; }
    @Override public Void visitThrow(Expr.Throw node) { scan(node.exception()); return null; }

    @Override public Void visitClosure(Expr.Closure node) {
        scan(node.attributes());
        scan(node.params());
        scan(node.uses());
        scan(node.returnType());
        scan(node.body());
        return null;
    }

    @Override public Void visitArrowFunction(Expr.ArrowFunction node) {
        scan(node.attributes());
        scan(node.params());
        scan(node.returnType());
        scan(node.body());
        return null;
    }

    @Override public Void visitMatch(Expr.Match node) { scan(node.subject()); scan(node.arms()); return null; }
    @Override public Void visitError(Expr.Error node) { return null; }

    // ------------------------------------------------------------------ Stmt

    @Override public Void visitExprStmt(Stmt.ExprStmt node) { scan(node.expr()); return null; }
    @Override public Void visitEcho(Stmt.Echo node) { scan(node.exprs()); return null; }
    @Override public Void visitInlineHtml(Stmt.InlineHtml node) { return null; }
    @Override public Void visitBlock(Stmt.Block node) { scan(node.body()); return null; }

    @Override public Void visitIf(Stmt.If node) {
        scan(node.cond());
        scan(node.then());
        scan(node.elseIfs());
        scan(node.otherwise());
        return null;
    }

    @Override public Void visitWhile(Stmt.While node) { scan(node.cond()); scan(node.body()); return null; }
    @Override public Void visitDoWhile(Stmt.DoWhile node) { scan(node.body()); scan(node.cond()); return null; }

    @Override public Void visitFor(Stmt.For node) {
        scan(node.init());
        scan(node.cond());
        scan(node.step());
        scan(node.body());
        return null;
    }

    @Override public Void visitForeach(Stmt.Foreach node) {
        scan(node.subject());
        scan(node.key());
        scan(node.value());
        scan(node.body());
        return null;
    }

    @Override public Void visitSwitch(Stmt.Switch node) { scan(node.subject()); scan(node.cases()); return null; }
    @Override public Void visitBreak(Stmt.Break node) { scan(node.levels()); return null; }
    @Override public Void visitContinue(Stmt.Continue node) { scan(node.levels()); return null; }
    @Override public Void visitReturn(Stmt.Return node) { scan(node.value()); return null; }
    @Override public Void visitGlobal(Stmt.Global node) { scan(node.vars()); return null; }
    @Override public Void visitStaticVars(Stmt.StaticVars node) { scan(node.vars()); return null; }
    @Override public Void visitUnset(Stmt.Unset node) { scan(node.vars()); return null; }

    @Override public Void visitTry(Stmt.Try node) {
        scan(node.body());
        scan(node.catches());
        scan(node.finallyBody());
        return null;
    }

    @Override public Void visitDeclare(Stmt.Declare node) { scan(node.items()); scan(node.body()); return null; }
    @Override public Void visitGoto(Stmt.Goto node) { scan(node.label()); return null; }
    @Override public Void visitLabel(Stmt.Label node) { scan(node.name()); return null; }
    @Override public Void visitNamespace(Stmt.Namespace node) { scan(node.name()); scan(node.body()); return null; }
    @Override public Void visitUse(Stmt.Use node) { scan(node.items()); return null; }
    @Override public Void visitConst(Stmt.Const node) { scan(node.items()); return null; }
    @Override public Void visitHaltCompiler(Stmt.HaltCompiler node) { return null; }

    @Override public Void visitFunctionDecl(Stmt.FunctionDecl node) {
        scan(node.attributes());
        scan(node.name());
        scan(node.params());
        scan(node.returnType());
        scan(node.body());
        return null;
    }

    /** `enum E: string implements I`: the backing type is written before the interfaces. */
    @Override public Void visitClassLike(Stmt.ClassLike node) {
        scan(node.attributes());
        scan(node.name());
        scan(node.parent());
        scan(node.enumBackingType());
        scan(node.interfaces());
        scan(node.members());
        return null;
    }

    // ------------------------------------------------------------------ Member

    @Override public Void visitMethod(Member.Method node) {
        scan(node.attributes());
        scan(node.name());
        scan(node.params());
        scan(node.returnType());
        scan(node.body());
        return null;
    }

    @Override public Void visitProperty(Member.Property node) {
        scan(node.attributes());
        scan(node.type());
        scan(node.items());
        scan(node.hooks());
        return null;
    }

    @Override public Void visitClassConst(Member.ClassConst node) {
        scan(node.attributes());
        scan(node.type());
        scan(node.items());
        return null;
    }

    @Override public Void visitTraitUse(Member.TraitUse node) { scan(node.traits()); scan(node.rules()); return null; }

    @Override public Void visitEnumCase(Member.EnumCase node) {
        scan(node.attributes());
        scan(node.name());
        scan(node.value());
        return null;
    }

    // ------------------------------------------------------------------ Part

    @Override public Void visitArg(Part.Arg node) { scan(node.name()); scan(node.value()); return null; }
    @Override public Void visitArrayItem(Part.ArrayItem node) { scan(node.key()); scan(node.value()); return null; }

    @Override public Void visitParam(Part.Param node) {
        scan(node.attributes());
        scan(node.type());
        scan(node.name());
        scan(node.defaultValue());
        scan(node.hooks());
        return null;
    }

    @Override public Void visitAttributeGroup(Part.AttributeGroup node) { scan(node.attributes()); return null; }
    @Override public Void visitAttribute(Part.Attribute node) { scan(node.name()); scan(node.args()); return null; }
    @Override public Void visitMatchArm(Part.MatchArm node) { scan(node.conditions()); scan(node.body()); return null; }

    @Override public Void visitCatch(Part.Catch node) {
        scan(node.types());
        scan(node.var());
        scan(node.body());
        return null;
    }

    @Override public Void visitElseIf(Part.ElseIf node) { scan(node.cond()); scan(node.body()); return null; }
    @Override public Void visitCase(Part.Case node) { scan(node.cond()); scan(node.body()); return null; }
    @Override public Void visitUseItem(Part.UseItem node) { scan(node.name()); scan(node.alias()); return null; }
    @Override public Void visitConstItem(Part.ConstItem node) { scan(node.name()); scan(node.value()); return null; }

    @Override public Void visitPropertyItem(Part.PropertyItem node) {
        scan(node.name());
        scan(node.defaultValue());
        return null;
    }

    @Override public Void visitPropertyHook(Part.PropertyHook node) {
        scan(node.attributes());
        scan(node.name());
        scan(node.params());
        scan(node.exprBody());
        scan(node.body());
        return null;
    }

    @Override public Void visitStaticVar(Part.StaticVar node) { scan(node.var()); scan(node.init()); return null; }
    @Override public Void visitClosureUse(Part.ClosureUse node) { scan(node.var()); return null; }

    @Override public Void visitTraitAlias(Part.TraitAlias node) {
        scan(node.trait());
        scan(node.method());
        scan(node.alias());
        return null;
    }

    @Override public Void visitTraitInsteadof(Part.TraitInsteadof node) {
        scan(node.trait());
        scan(node.method());
        scan(node.insteadOf());
        return null;
    }

    @Override public Void visitDeclareItem(Part.DeclareItem node) { scan(node.key()); scan(node.value()); return null; }

    // ------------------------------------------------------------------ TypeHint, names

    @Override public Void visitNamedType(TypeHint.Named node) { scan(node.name()); return null; }
    @Override public Void visitNullableType(TypeHint.Nullable node) { scan(node.inner()); return null; }
    @Override public Void visitUnionType(TypeHint.Union node) { scan(node.types()); return null; }
    @Override public Void visitIntersectionType(TypeHint.Intersection node) { scan(node.types()); return null; }
    @Override public Void visitName(Name node) { return null; }
    @Override public Void visitIdentifier(Identifier node) { return null; }
}
