package argus.ast;

/**
 * One method per AST record. {@code AstShapeTest} checks that every record is here and
 * that {@link AstScanner} visits it.
 */
public interface AstVisitor<R> {

    // Expr
    R visitVariable(Expr.Variable node);
    R visitVariableVariable(Expr.VariableVariable node);
    R visitIntLit(Expr.IntLit node);
    R visitFloatLit(Expr.FloatLit node);
    R visitStringLit(Expr.StringLit node);
    R visitInterpolated(Expr.Interpolated node);
    R visitShellExec(Expr.ShellExec node);
    R visitBoolLit(Expr.BoolLit node);
    R visitNullLit(Expr.NullLit node);
    R visitMagicConst(Expr.MagicConst node);
    R visitConstFetch(Expr.ConstFetch node);
    R visitClassConstFetch(Expr.ClassConstFetch node);
    R visitArrayLit(Expr.ArrayLit node);
    R visitListLit(Expr.ListLit node);
    R visitIndex(Expr.Index node);
    R visitPropertyFetch(Expr.PropertyFetch node);
    R visitStaticPropertyFetch(Expr.StaticPropertyFetch node);
    R visitFuncCall(Expr.FuncCall node);
    R visitMethodCall(Expr.MethodCall node);
    R visitStaticCall(Expr.StaticCall node);
    R visitNew(Expr.New node);
    R visitNewAnonymousClass(Expr.NewAnonymousClass node);
    R visitClone(Expr.Clone node);
    R visitUnary(Expr.Unary node);
    R visitIncDec(Expr.IncDec node);
    R visitCast(Expr.Cast node);
    R visitBinary(Expr.Binary node);
    R visitInstanceof(Expr.Instanceof node);
    R visitTernary(Expr.Ternary node);
    R visitAssign(Expr.Assign node);
    R visitAssignRef(Expr.AssignRef node);
    R visitCompoundAssign(Expr.CompoundAssign node);
    R visitIsset(Expr.Isset node);
    R visitEmpty(Expr.Empty node);
    R visitEval(Expr.Eval node);
    R visitExit(Expr.Exit node);
    R visitInclude(Expr.Include node);
    R visitPrint(Expr.Print node);
    R visitYield(Expr.Yield node);
    R visitYieldFrom(Expr.YieldFrom node);
    R visitThrow(Expr.Throw node);
    R visitClosure(Expr.Closure node);
    R visitArrowFunction(Expr.ArrowFunction node);
    R visitMatch(Expr.Match node);
    R visitError(Expr.Error node);

    // Stmt
    R visitExprStmt(Stmt.ExprStmt node);
    R visitEcho(Stmt.Echo node);
    R visitInlineHtml(Stmt.InlineHtml node);
    R visitBlock(Stmt.Block node);
    R visitIf(Stmt.If node);
    R visitWhile(Stmt.While node);
    R visitDoWhile(Stmt.DoWhile node);
    R visitFor(Stmt.For node);
    R visitForeach(Stmt.Foreach node);
    R visitSwitch(Stmt.Switch node);
    R visitBreak(Stmt.Break node);
    R visitContinue(Stmt.Continue node);
    R visitReturn(Stmt.Return node);
    R visitGlobal(Stmt.Global node);
    R visitStaticVars(Stmt.StaticVars node);
    R visitUnset(Stmt.Unset node);
    R visitTry(Stmt.Try node);
    R visitDeclare(Stmt.Declare node);
    R visitGoto(Stmt.Goto node);
    R visitLabel(Stmt.Label node);
    R visitNamespace(Stmt.Namespace node);
    R visitUse(Stmt.Use node);
    R visitConst(Stmt.Const node);
    R visitHaltCompiler(Stmt.HaltCompiler node);
    R visitFunctionDecl(Stmt.FunctionDecl node);
    R visitClassLike(Stmt.ClassLike node);

    // Member
    R visitMethod(Member.Method node);
    R visitProperty(Member.Property node);
    R visitClassConst(Member.ClassConst node);
    R visitTraitUse(Member.TraitUse node);
    R visitEnumCase(Member.EnumCase node);

    // Part
    R visitArg(Part.Arg node);
    R visitArrayItem(Part.ArrayItem node);
    R visitParam(Part.Param node);
    R visitAttributeGroup(Part.AttributeGroup node);
    R visitAttribute(Part.Attribute node);
    R visitMatchArm(Part.MatchArm node);
    R visitCatch(Part.Catch node);
    R visitElseIf(Part.ElseIf node);
    R visitCase(Part.Case node);
    R visitUseItem(Part.UseItem node);
    R visitConstItem(Part.ConstItem node);
    R visitPropertyItem(Part.PropertyItem node);
    R visitPropertyHook(Part.PropertyHook node);
    R visitStaticVar(Part.StaticVar node);
    R visitClosureUse(Part.ClosureUse node);
    R visitTraitAlias(Part.TraitAlias node);
    R visitTraitInsteadof(Part.TraitInsteadof node);
    R visitDeclareItem(Part.DeclareItem node);

    // TypeHint
    R visitNamedType(TypeHint.Named node);
    R visitNullableType(TypeHint.Nullable node);
    R visitUnionType(TypeHint.Union node);
    R visitIntersectionType(TypeHint.Intersection node);

    // Name
    R visitName(Name node);

    // Identifier
    R visitIdentifier(Identifier node);
}
