package argus.parse;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.parse.antlr.PhpParser.*;
import argus.parse.antlr.PhpParserBaseVisitor;
import argus.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Statements. The grammar keeps one flat statement list; here unbraced namespaces gather
 * the statements that follow them, empty statements disappear, and runs of inline HTML
 * that the lexer split at a `<` become one statement again.
 */
final class StmtBuilder extends PhpParserBaseVisitor<Stmt> {
    private final AstBuilder b;

    StmtBuilder(AstBuilder b) {
        this.b = b;
    }

    private Expr expr(ExprContext ctx) {
        return b.exprs.expr(ctx);
    }

    List<Stmt> file(FileContext ctx) {
        List<Stmt> flat = statementsOf(ctx);
        if (flat.stream().noneMatch(s -> s instanceof Stmt.Namespace ns && !ns.braced())) {
            return flat;
        }
        List<Stmt> out = new ArrayList<>();
        Stmt.Namespace open = null;
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : flat) {
            if (s instanceof Stmt.Namespace ns) {
                if (open != null) {
                    out.add(close(open, body));
                    body = new ArrayList<>();
                    open = null;
                }
                if (ns.braced()) {
                    out.add(ns);
                } else {
                    open = ns;
                }
            } else if (open != null) {
                body.add(s);
            } else {
                out.add(s);
            }
        }
        if (open != null) {
            out.add(close(open, body));
        }
        return out;
    }

    private static Stmt.Namespace close(Stmt.Namespace ns, List<Stmt> body) {
        Span span = body.isEmpty() ? ns.span() : ns.span().to(body.get(body.size() - 1).span());
        return new Stmt.Namespace(span, ns.name(), body, false);
    }

    List<Stmt> statements(List<StatementContext> list) {
        List<Stmt> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            add(out, statement(list.get(i)));
        }
        return out;
    }

    /**
     * The statements that are direct children of {@code parent}: a block's, a file's, or the
     * body of an alternative-syntax construct. Reading the children directly spares the list
     * and iterator ANTLR's accessors allocate, on the hottest path of the builder.
     */
    List<Stmt> statementsOf(ParserRuleContext parent) {
        List<Stmt> out = new ArrayList<>();
        if (parent == null || parent.children == null) {
            return out;
        }
        List<ParseTree> children = parent.children;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof StatementContext ctx) {
                add(out, statement(ctx));
            }
        }
        return out;
    }

    /** Appends a statement, merging inline HTML that the lexer split at a `<`. */
    private static void add(List<Stmt> out, Stmt s) {
        if (s == null) {
            return;
        }
        if (s instanceof Stmt.InlineHtml html && !out.isEmpty()
                && out.get(out.size() - 1) instanceof Stmt.InlineHtml prev && prev.span().end() == html.span().start()) {
            out.set(out.size() - 1, new Stmt.InlineHtml(prev.span().to(html.span()), prev.text() + html.text()));
            return;
        }
        out.add(s);
    }

    /**
     * null for an empty statement. Trees that error recovery patched together can lack
     * parts the builders expect; such a statement becomes an error expression so the rest
     * of the file keeps its AST. On a file without syntax errors a failure is a bug and is thrown.
     */
    Stmt statement(StatementContext ctx) {
        if (ctx == null) {
            return null;
        }
        try {
            return ctx.accept(this);
        } catch (RuntimeException e) {
            if (!b.errors.any()) {
                throw e;
            }
            Span span = b.span(ctx);
            return new Stmt.ExprStmt(span, new Expr.Error(span));
        }
    }

    /** The body of a compound statement: a block's statements, or the single statement. */
    List<Stmt> body(StatementContext ctx) {
        if (ctx instanceof BlockStatementContext block) {
            return statementsOf(block);
        }
        Stmt s = statement(ctx);
        return s == null ? List.of() : List.of(s);
    }

    List<Stmt> block(BlockContext ctx) {
        return ctx == null ? List.of() : statementsOf(ctx);
    }

    @Override
    public Stmt visitBlockStatement(BlockStatementContext ctx) {
        return new Stmt.Block(b.span(ctx), statementsOf(ctx));
    }

    @Override
    public Stmt visitIfStatement(IfStatementContext ctx) {
        Expr cond = paren(ctx.parenExpr());
        List<Part.ElseIf> elseIfs = new ArrayList<>();
        List<Stmt> then;
        List<Stmt> otherwise = null;
        if (ctx.COLON() == null) {
            then = body(ctx.statement().isEmpty() ? null : ctx.statement(0));
            for (ElseIfClauseContext c : ctx.elseIfClause()) {
                elseIfs.add(new Part.ElseIf(b.span(c), paren(c.parenExpr()), body(c.statement())));
            }
            if (ctx.elseClause() != null) {
                otherwise = body(ctx.elseClause().statement());
            }
        } else {
            then = statementsOf(ctx);
            for (AltElseIfClauseContext c : ctx.altElseIfClause()) {
                elseIfs.add(new Part.ElseIf(b.span(c), paren(c.parenExpr()), statementsOf(c)));
            }
            if (ctx.altElseClause() != null) {
                otherwise = statementsOf(ctx.altElseClause());
            }
        }
        return new Stmt.If(b.span(ctx), cond, then, elseIfs, otherwise);
    }

    private Expr paren(ParenExprContext ctx) {
        return ctx == null ? new Expr.Error(Span.NONE) : expr(ctx.expr());
    }

    /** Bodies of `while`, `for`, `foreach`, `declare`: one statement, or a list in the alternative syntax. */
    private List<Stmt> loopBody(boolean alternative, List<StatementContext> statements) {
        if (alternative) {
            return statements(statements);
        }
        return body(statements.isEmpty() ? null : statements.get(0));
    }

    @Override
    public Stmt visitWhileStatement(WhileStatementContext ctx) {
        return new Stmt.While(b.span(ctx), paren(ctx.parenExpr()), loopBody(ctx.COLON() != null, ctx.statement()));
    }

    @Override
    public Stmt visitDoWhileStatement(DoWhileStatementContext ctx) {
        return new Stmt.DoWhile(b.span(ctx), body(ctx.statement()), paren(ctx.parenExpr()));
    }

    @Override
    public Stmt visitForStatement(ForStatementContext ctx) {
        return new Stmt.For(b.span(ctx), b.exprs.exprList(ctx.forInit), b.exprs.exprList(ctx.forCond),
                b.exprs.exprList(ctx.forStep), loopBody(ctx.COLON() != null, ctx.statement()));
    }

    @Override
    public Stmt visitForeachStatement(ForeachStatementContext ctx) {
        List<ForeachTargetContext> targets = ctx.foreachTarget();
        ForeachTargetContext valueCtx = targets.isEmpty() ? null : targets.get(targets.size() - 1);
        Expr key = targets.size() == 2 ? Assignments.toTarget(b, expr(targets.get(0).expr())) : null;
        Expr value = valueCtx == null ? b.error(ctx) : Assignments.toTarget(b, expr(valueCtx.expr()));
        boolean byRef = valueCtx != null && valueCtx.AMP() != null;
        return new Stmt.Foreach(b.span(ctx), expr(ctx.expr()), key, value, byRef,
                loopBody(ctx.COLON() != null, ctx.statement()));
    }

    @Override
    public Stmt visitSwitchStatement(SwitchStatementContext ctx) {
        List<Part.Case> cases = new ArrayList<>();
        for (SwitchCaseContext c : ctx.switchCase()) {
            Expr cond = c.DEFAULT() != null ? null : expr(c.expr());
            cases.add(new Part.Case(b.span(c), cond, statementsOf(c)));
        }
        return new Stmt.Switch(b.span(ctx), paren(ctx.parenExpr()), cases);
    }

    @Override
    public Stmt visitBreakStatement(BreakStatementContext ctx) {
        return new Stmt.Break(b.span(ctx), ctx.expr() == null ? null : expr(ctx.expr()));
    }

    @Override
    public Stmt visitContinueStatement(ContinueStatementContext ctx) {
        return new Stmt.Continue(b.span(ctx), ctx.expr() == null ? null : expr(ctx.expr()));
    }

    @Override
    public Stmt visitReturnStatement(ReturnStatementContext ctx) {
        return new Stmt.Return(b.span(ctx), ctx.expr() == null ? null : expr(ctx.expr()));
    }

    @Override
    public Stmt visitGlobalStatement(GlobalStatementContext ctx) {
        return new Stmt.Global(b.span(ctx), b.exprs.exprs(ctx.expr()));
    }

    @Override
    public Stmt visitStaticStatement(StaticStatementContext ctx) {
        List<Part.StaticVar> vars = new ArrayList<>();
        for (StaticVarContext v : ctx.staticVar()) {
            vars.add(new Part.StaticVar(b.span(v), b.variable(v.VARIABLE()), v.expr() == null ? null : expr(v.expr())));
        }
        return new Stmt.StaticVars(b.span(ctx), vars);
    }

    @Override
    public Stmt visitEchoStatement(EchoStatementContext ctx) {
        return new Stmt.Echo(b.span(ctx), b.exprs.exprList(ctx.exprList()), ctx.OPEN_TAG_ECHO() != null);
    }

    @Override
    public Stmt visitInlineHtmlStatement(InlineHtmlStatementContext ctx) {
        return new Stmt.InlineHtml(b.span(ctx), ctx.INLINE_HTML().getText());
    }

    @Override
    public Stmt visitUnsetStatement(UnsetStatementContext ctx) {
        return new Stmt.Unset(b.span(ctx), b.exprs.exprList(ctx.exprList()));
    }

    @Override
    public Stmt visitDeclareStatement(DeclareStatementContext ctx) {
        List<Part.DeclareItem> items = new ArrayList<>();
        for (DeclareItemContext item : ctx.declareItem()) {
            items.add(new Part.DeclareItem(b.span(item), b.identifier(item.identifier()), expr(item.expr())));
        }
        List<StatementContext> statements = ctx.statement();
        List<Stmt> body;
        if (ctx.COLON() != null) {
            body = statements(statements);
        } else if (statements.isEmpty() || statements.get(0) instanceof EmptyStatementContext) {
            body = null;
        } else {
            body = body(statements.get(0));
        }
        return new Stmt.Declare(b.span(ctx), items, body);
    }

    @Override
    public Stmt visitTryStatement(TryStatementContext ctx) {
        List<Part.Catch> catches = new ArrayList<>();
        for (CatchClauseContext c : ctx.catchClause()) {
            List<Name> types = new ArrayList<>();
            for (NameContext n : c.name()) {
                types.add(b.name(n));
            }
            Expr.Variable var = c.VARIABLE() == null ? null : b.variable(c.VARIABLE());
            catches.add(new Part.Catch(b.span(c), types, var, block(c.block())));
        }
        List<Stmt> finallyBody = ctx.FINALLY() == null ? null : block(ctx.block().size() > 1 ? ctx.block(1) : null);
        return new Stmt.Try(b.span(ctx), block(ctx.block().isEmpty() ? null : ctx.block(0)), catches, finallyBody);
    }

    @Override
    public Stmt visitGotoStatement(GotoStatementContext ctx) {
        return new Stmt.Goto(b.span(ctx), b.identifier(ctx.NAME()));
    }

    @Override
    public Stmt visitLabelStatement(LabelStatementContext ctx) {
        return new Stmt.Label(b.span(ctx), b.identifier(ctx.NAME()));
    }

    @Override
    public Stmt visitFunctionStatement(FunctionStatementContext ctx) {
        return b.decls.function(ctx.attributes(), ctx.functionDeclaration(), b.span(ctx));
    }

    @Override
    public Stmt visitClassStatement(ClassStatementContext ctx) {
        return b.decls.classLike(ctx.attributes(), ctx.classDeclaration(), b.span(ctx));
    }

    @Override
    public Stmt visitNamespaceStatement(NamespaceStatementContext ctx) {
        Name name = ctx.namespaceName() == null ? null
                : Name.parse(b.span(ctx.namespaceName()), ctx.namespaceName().getText());
        boolean braced = ctx.LBRACE() != null;
        List<Stmt> body = braced ? statementsOf(ctx) : List.of();
        return new Stmt.Namespace(b.span(ctx), name, body, braced);
    }

    @Override
    public Stmt visitUseStatement(UseStatementContext ctx) {
        Stmt.UseKind kind = useKind(ctx.useKind());
        List<Part.UseItem> items = new ArrayList<>();
        for (UseItemContext item : ctx.useItem()) {
            Identifier alias = item.identifier() == null ? null : b.identifier(item.identifier());
            items.add(new Part.UseItem(b.span(item), kind, b.name(item.name()), alias));
        }
        return new Stmt.Use(b.span(ctx), kind, items);
    }

    /** `use A\{B, function c}` becomes the full names `A\B` and `A\c`. */
    @Override
    public Stmt visitGroupUseStatement(GroupUseStatementContext ctx) {
        Stmt.UseKind kind = useKind(ctx.useKind());
        String prefix = ctx.NAME_PREFIX().getText();
        if (prefix.startsWith("\\")) {
            prefix = prefix.substring(1);
        }
        List<Part.UseItem> items = new ArrayList<>();
        for (GroupUseItemContext item : ctx.groupUseItem()) {
            Stmt.UseKind itemKind = item.useKind() == null ? kind : useKind(item.useKind());
            Span nameSpan = b.span(item.name());
            Name name = Name.parse(nameSpan, prefix + item.name().getText());
            Identifier alias = item.identifier() == null ? null : b.identifier(item.identifier());
            items.add(new Part.UseItem(b.span(item), itemKind, name, alias));
        }
        return new Stmt.Use(b.span(ctx), kind, items);
    }

    private static Stmt.UseKind useKind(UseKindContext ctx) {
        if (ctx == null) {
            return Stmt.UseKind.NORMAL;
        }
        return ctx.FUNCTION() != null ? Stmt.UseKind.FUNCTION : Stmt.UseKind.CONST;
    }

    @Override
    public Stmt visitConstStatement(ConstStatementContext ctx) {
        return new Stmt.Const(b.span(ctx), b.docComment(ctx.getStart(), null), b.decls.constItems(ctx.constItem()));
    }

    @Override
    public Stmt visitHaltCompilerStatement(HaltCompilerStatementContext ctx) {
        Token end = ctx.getStop();
        return new Stmt.HaltCompiler(b.span(ctx), end == null ? b.source.length() : end.getStopIndex() + 1);
    }

    @Override
    public Stmt visitEmptyStatement(EmptyStatementContext ctx) {
        return null;
    }

    @Override
    public Stmt visitExpressionStatement(ExpressionStatementContext ctx) {
        return new Stmt.ExprStmt(b.span(ctx), expr(ctx.expr()));
    }
}
