package argus.parse;

import argus.ast.Expr;
import argus.ast.Expr.BinaryOp;
import argus.ast.MemberName;
import argus.ast.Name;
import argus.ast.NameOrExpr;
import argus.ast.Part;
import argus.parse.antlr.PhpLexer;
import argus.parse.antlr.PhpParser.*;
import argus.parse.antlr.PhpParserBaseVisitor;
import argus.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Expressions. Two places differ from a plain tree walk because the grammar parses a
 * superset and leaves the binding to us: postfix chains (a call right after `->` is a
 * method call, the first call inside `new` holds the constructor arguments) and
 * assignments, which bind to the rightmost variable the way PHP's grammar does.
 */
final class ExprBuilder extends PhpParserBaseVisitor<Expr> {
    private final AstBuilder b;
    private final LiteralBuilder literals;

    ExprBuilder(AstBuilder b) {
        this.b = b;
        this.literals = new LiteralBuilder(b, this);
    }

    Expr expr(ExprContext ctx) {
        if (ctx == null) {
            return new Expr.Error(Span.NONE);
        }
        Expr e = ctx.accept(this);
        return e == null ? b.error(ctx) : e;
    }

    List<Expr> exprs(List<ExprContext> list) {
        List<Expr> out = new ArrayList<>(list.size());
        for (ExprContext c : list) {
            out.add(expr(c));
        }
        return out;
    }

    List<Expr> exprList(ExprListContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<Expr> out = new ArrayList<>(ctx.getChildCount() / 2 + 1);
        for (int i = 0; i < ctx.getChildCount(); i += 2) {
            out.add(expr(exprAt(ctx, i)));
        }
        return out;
    }

    // ------------------------------------------------------------------ postfix chains

    @Override
    public Expr visitPrimaryExpr(PrimaryExprContext ctx) {
        return ctx.primary() == null ? b.error(ctx) : ctx.primary().accept(this);
    }

    @Override
    public Expr visitIndexExpr(IndexExprContext ctx) {
        return postfix(ctx, base(exprAt(ctx, 0)), b.span(ctx));
    }

    @Override
    public Expr visitCurlyIndexExpr(CurlyIndexExprContext ctx) {
        return postfix(ctx, base(exprAt(ctx, 0)), b.span(ctx));
    }

    @Override
    public Expr visitMemberExpr(MemberExprContext ctx) {
        return postfix(ctx, base(exprAt(ctx, 0)), b.span(ctx));
    }

    @Override
    public Expr visitStaticMemberExpr(StaticMemberExprContext ctx) {
        return postfix(ctx, base(exprAt(ctx, 0)), b.span(ctx));
    }

    @Override
    public Expr visitCallExpr(CallExprContext ctx) {
        return postfix(ctx, base(exprAt(ctx, 0)), b.span(ctx));
    }

    @Override
    public Expr visitPostfixExpr(PostfixExprContext ctx) {
        return postfix(ctx, base(exprAt(ctx, 0)), b.span(ctx));
    }

    /** A bare name before `(` or `::` stays a name; anywhere else it is a constant. */
    NameOrExpr base(ExprContext ctx) {
        if (ctx instanceof NamePrimaryContext n) {
            return namePrimaryName(n);
        }
        return expr(ctx);
    }

    NameOrExpr classRef(ExprContext ctx) {
        return base(ctx);
    }

    private Expr asExpr(NameOrExpr base) {
        return base instanceof Name n ? new Expr.ConstFetch(n.span(), n) : (Expr) base;
    }

    private static boolean isPostfix(ExprContext ctx) {
        return ctx instanceof IndexExprContext || ctx instanceof CurlyIndexExprContext
                || ctx instanceof MemberExprContext || ctx instanceof StaticMemberExprContext
                || ctx instanceof CallExprContext || ctx instanceof PostfixExprContext;
    }

    /** Every postfix operation has its operand first. */
    private static ExprContext operandOf(ExprContext ctx) {
        return exprAt(ctx, 0);
    }

    /**
     * The child at a known position of a grammar alternative, when it is an expression.
     * Positional access instead of ANTLR's typed accessors, which scan all children on
     * every call and dominated the builder's cost; after error recovery the child may be
     * missing, and callers then get null (an error node).
     */
    static ExprContext exprAt(ParserRuleContext ctx, int i) {
        return i < ctx.getChildCount() && ctx.getChild(i) instanceof ExprContext e ? e : null;
    }

    /** Applies one postfix operation to an already built operand. */
    private Expr postfix(ExprContext op, NameOrExpr base, Span span) {
        if (op instanceof IndexExprContext c) {
            ExprContext offsetCtx = exprAt(c, 2);
            Expr offset = offsetCtx == null ? null : expr(offsetCtx);
            return new Expr.Index(span, asExpr(base), offset, false);
        } else if (op instanceof CurlyIndexExprContext c) {
            return new Expr.Index(span, asExpr(base), expr(exprAt(c, 2)), true);
        } else if (op instanceof MemberExprContext c) {
            MemberNameContext name = c.getChildCount() > 2 && c.getChild(2) instanceof MemberNameContext m ? m : null;
            return new Expr.PropertyFetch(span, asExpr(base), memberName(name), isToken(c.getChild(1), PhpLexer.NULLSAFE_ARROW));
        } else if (op instanceof StaticMemberExprContext c) {
            return staticMember(span, base, c.getChildCount() > 2 && c.getChild(2) instanceof StaticMemberNameContext n ? n : null);
        } else if (op instanceof CallExprContext c) {
            return call(span, c, base);
        }
        PostfixExprContext c = (PostfixExprContext) op;
        return new Expr.IncDec(span, asExpr(base), c.INC() != null, false);
    }

    private Expr staticMember(Span span, NameOrExpr cls, StaticMemberNameContext name) {
        if (name == null) {
            return new Expr.ClassConstFetch(span, cls, new Expr.Error(span));
        }
        if (isPlainName(name)) {
            return new Expr.ClassConstFetch(span, cls, b.identifier(name));
        }
        if (name.VARIABLE() != null) {
            return new Expr.StaticPropertyFetch(span, cls, b.variableIdentifier(name.VARIABLE()));
        }
        if (name.variableName() != null) {
            return new Expr.StaticPropertyFetch(span, cls, variableName(name.variableName()));
        }
        return new Expr.ClassConstFetch(span, cls, expr(name.expr()));
    }

    private Expr call(Span span, CallExprContext c, NameOrExpr callee) {
        ArgumentsContext argsCtx = c.getChildCount() > 1 && c.getChild(1) instanceof ArgumentsContext a ? a : null;
        List<Part.Arg> args = arguments(argsCtx);
        boolean callableRef = isCallableRef(argsCtx);
        ExprContext calleeCtx = exprAt(c, 0);
        if (calleeCtx instanceof MemberExprContext && callee instanceof Expr.PropertyFetch p) {
            return new Expr.MethodCall(span, p.object(), p.name(), args, p.nullsafe(), callableRef);
        }
        if (calleeCtx instanceof StaticMemberExprContext) {
            if (callee instanceof Expr.ClassConstFetch f) {
                return new Expr.StaticCall(span, f.cls(), f.name(), args, callableRef);
            }
            if (callee instanceof Expr.StaticPropertyFetch f) {
                // `A::$m()` calls the method whose name is in $m.
                MemberName method = f.name() instanceof argus.ast.Identifier id
                        ? new Expr.Variable(id.span(), id.name())
                        : new Expr.VariableVariable(f.name().span(), (Expr) f.name());
                return new Expr.StaticCall(span, f.cls(), method, args, callableRef);
            }
        }
        return new Expr.FuncCall(span, callee, args, callableRef);
    }

    MemberName memberName(MemberNameContext ctx) {
        if (ctx == null) {
            return new Expr.Error(Span.NONE);
        }
        if (isPlainName(ctx)) {
            return b.identifier(ctx);
        }
        if (ctx.VARIABLE() != null) {
            return b.variable(ctx.VARIABLE());
        }
        if (ctx.variableName() != null) {
            return new Expr.VariableVariable(b.span(ctx), variableName(ctx.variableName()));
        }
        return expr(ctx.expr());
    }

    /** A member name that is a name or keyword (one token), not a variable or `{expr}`. */
    private static boolean isPlainName(ParserRuleContext ctx) {
        ParseTree first = ctx.getChild(0);
        return first instanceof KeywordContext || isToken(first, PhpLexer.NAME);
    }

    /** What follows a `$`: `$$a` names the variable by $a's value, `${expr}` by the expression's. */
    Expr variableName(VariableNameContext ctx) {
        if (ctx.VARIABLE() != null) {
            return b.variable(ctx.VARIABLE());
        }
        if (ctx.variableName() != null) {
            return new Expr.VariableVariable(b.span(ctx), variableName(ctx.variableName()));
        }
        return expr(ctx.expr());
    }

    /**
     * `new` takes the whole postfix chain after it; PHP's grammar gives it only the part
     * before the first call, whose arguments are the constructor's. Operations after that
     * call apply to the new object (PHP 8.4's `new Foo()->bar()`).
     */
    @Override
    public Expr visitNewExpr(NewExprContext ctx) {
        ArrayDeque<ExprContext> chain = new ArrayDeque<>();
        ExprContext operand = exprAt(ctx, 1);
        while (operand != null && isPostfix(operand)) {
            chain.push(operand);
            operand = operandOf(operand);
        }
        NameOrExpr current = classRef(operand);
        boolean constructed = false;
        for (ExprContext op : chain) {
            Span span = b.between(ctx.start, op.stop);
            if (!constructed && op instanceof CallExprContext call) {
                current = new Expr.New(span, current, arguments(call.arguments()), true);
                constructed = true;
            } else {
                current = postfix(op, current, constructed ? span : b.between(operandStart(op), op.stop));
            }
        }
        if (!constructed) {
            return new Expr.New(b.span(ctx), current, List.of(), false);
        }
        return (Expr) current;
    }

    private static Token operandStart(ExprContext op) {
        return op.start;
    }

    @Override
    public Expr visitCloneExpr(CloneExprContext ctx) {
        return new Expr.Clone(b.span(ctx), expr(exprAt(ctx, 1)), null);
    }

    @Override
    public Expr visitCloneWithPrimary(CloneWithPrimaryContext ctx) {
        return new Expr.Clone(b.span(ctx), expr(exprAt(ctx, 2)), expr(exprAt(ctx, 4)));
    }

    // ------------------------------------------------------------------ operators

    @Override
    public Expr visitBinaryExpr(BinaryExprContext ctx) {
        ParseTree opNode = ctx.getChild(1);
        BinaryOp op = binaryOp(opNode instanceof TerminalNode t ? t.getSymbol().getType() : -1);
        return new Expr.Binary(b.span(ctx), op, expr(exprAt(ctx, 0)), expr(exprAt(ctx, 2)));
    }

    private static BinaryOp binaryOp(int type) {
        return switch (type) {
            case PhpLexer.PLUS -> BinaryOp.ADD;
            case PhpLexer.MINUS -> BinaryOp.SUB;
            case PhpLexer.STAR -> BinaryOp.MUL;
            case PhpLexer.SLASH -> BinaryOp.DIV;
            case PhpLexer.PERCENT -> BinaryOp.MOD;
            case PhpLexer.POW -> BinaryOp.POW;
            case PhpLexer.DOT -> BinaryOp.CONCAT;
            case PhpLexer.SL -> BinaryOp.SHIFT_LEFT;
            case PhpLexer.SR -> BinaryOp.SHIFT_RIGHT;
            case PhpLexer.AMP -> BinaryOp.BIT_AND;
            case PhpLexer.BAR -> BinaryOp.BIT_OR;
            case PhpLexer.CARET -> BinaryOp.BIT_XOR;
            case PhpLexer.BOOLEAN_AND -> BinaryOp.BOOL_AND;
            case PhpLexer.BOOLEAN_OR -> BinaryOp.BOOL_OR;
            case PhpLexer.AND -> BinaryOp.LOGICAL_AND;
            case PhpLexer.OR -> BinaryOp.LOGICAL_OR;
            case PhpLexer.XOR -> BinaryOp.LOGICAL_XOR;
            case PhpLexer.EQUAL -> BinaryOp.EQUAL;
            case PhpLexer.NOT_EQUAL -> BinaryOp.NOT_EQUAL;
            case PhpLexer.IDENTICAL -> BinaryOp.IDENTICAL;
            case PhpLexer.NOT_IDENTICAL -> BinaryOp.NOT_IDENTICAL;
            case PhpLexer.LT -> BinaryOp.LESS;
            case PhpLexer.LE -> BinaryOp.LESS_EQUAL;
            case PhpLexer.GT -> BinaryOp.GREATER;
            case PhpLexer.GE -> BinaryOp.GREATER_EQUAL;
            case PhpLexer.SPACESHIP -> BinaryOp.SPACESHIP;
            case PhpLexer.COALESCE -> BinaryOp.COALESCE;
            case PhpLexer.PIPE -> BinaryOp.PIPE;
            default -> throw new IllegalStateException("not a binary operator: " + type);
        };
    }

    @Override
    public Expr visitUnaryExpr(UnaryExprContext ctx) {
        Span span = b.span(ctx);
        Expr operand = expr(exprAt(ctx, 1));
        if (ctx.getChild(0) instanceof CastOpContext cast) {
            return new Expr.Cast(span, castKind(cast.getStart().getText()), operand);
        }
        Expr.UnaryOp op = switch (ctx.getStart().getType()) {
            case PhpLexer.PLUS -> Expr.UnaryOp.PLUS;
            case PhpLexer.MINUS -> Expr.UnaryOp.MINUS;
            case PhpLexer.TILDE -> Expr.UnaryOp.BIT_NOT;
            case PhpLexer.AT -> Expr.UnaryOp.SILENCE;
            default -> Expr.UnaryOp.NOT;
        };
        return new Expr.Unary(span, op, operand);
    }

    private static Expr.CastKind castKind(String token) {
        String word = token.substring(1, token.length() - 1).trim().toUpperCase(Locale.ROOT);
        return Expr.CastKind.valueOf(word);
    }

    @Override
    public Expr visitPrefixExpr(PrefixExprContext ctx) {
        return new Expr.IncDec(b.span(ctx), expr(exprAt(ctx, 1)), ctx.getStart().getType() == PhpLexer.INC, true);
    }

    @Override
    public Expr visitInstanceofExpr(InstanceofExprContext ctx) {
        ExprContext clsCtx = exprAt(ctx, 2);
        NameOrExpr cls = clsCtx != null ? classRef(clsCtx) : b.error(ctx);
        return new Expr.Instanceof(b.span(ctx), expr(exprAt(ctx, 0)), cls);
    }

    @Override
    public Expr visitTernaryExpr(TernaryExprContext ctx) {
        List<ExprContext> parts = ctx.expr();
        Expr cond = expr(parts.get(0));
        Expr then = parts.size() == 3 ? expr(parts.get(1)) : null;
        Expr otherwise = parts.size() >= 2 ? expr(parts.get(parts.size() - 1)) : b.error(ctx);
        return new Expr.Ternary(b.span(ctx), cond, then, otherwise);
    }

    @Override
    public Expr visitAssignExpr(AssignExprContext ctx) {
        BinaryOp op = ctx.getChild(1) instanceof TerminalNode t ? compoundOp(t.getSymbol().getType()) : null;
        Expr value = expr(exprAt(ctx, 2));
        return Assignments.attach(b, expr(exprAt(ctx, 0)), value,
                (span, target, v) -> op == null ? new Expr.Assign(span, target, v)
                        : new Expr.CompoundAssign(span, op, target, v));
    }

    @Override
    public Expr visitAssignRefExpr(AssignRefExprContext ctx) {
        Expr value = expr(exprAt(ctx, 3));
        return Assignments.attach(b, expr(exprAt(ctx, 0)), value, Expr.AssignRef::new);
    }

    /** null for plain `=`. */
    private static BinaryOp compoundOp(int type) {
        return switch (type) {
            case PhpLexer.ASSIGN -> null;
            case PhpLexer.PLUS_ASSIGN -> BinaryOp.ADD;
            case PhpLexer.MINUS_ASSIGN -> BinaryOp.SUB;
            case PhpLexer.MUL_ASSIGN -> BinaryOp.MUL;
            case PhpLexer.DIV_ASSIGN -> BinaryOp.DIV;
            case PhpLexer.CONCAT_ASSIGN -> BinaryOp.CONCAT;
            case PhpLexer.MOD_ASSIGN -> BinaryOp.MOD;
            case PhpLexer.POW_ASSIGN -> BinaryOp.POW;
            case PhpLexer.AND_ASSIGN -> BinaryOp.BIT_AND;
            case PhpLexer.OR_ASSIGN -> BinaryOp.BIT_OR;
            case PhpLexer.XOR_ASSIGN -> BinaryOp.BIT_XOR;
            case PhpLexer.SL_ASSIGN -> BinaryOp.SHIFT_LEFT;
            case PhpLexer.SR_ASSIGN -> BinaryOp.SHIFT_RIGHT;
            case PhpLexer.COALESCE_ASSIGN -> BinaryOp.COALESCE;
            default -> throw new IllegalStateException("not an assignment operator: " + type);
        };
    }

    @Override
    public Expr visitYieldFromExpr(YieldFromExprContext ctx) {
        return new Expr.YieldFrom(b.span(ctx), expr(exprAt(ctx, 1)));
    }

    @Override
    public Expr visitYieldExpr(YieldExprContext ctx) {
        List<ExprContext> parts = ctx.expr();
        Expr key = parts.size() == 2 ? expr(parts.get(0)) : null;
        Expr value = parts.isEmpty() ? null : expr(parts.get(parts.size() - 1));
        return new Expr.Yield(b.span(ctx), key, value);
    }

    @Override
    public Expr visitPrintExpr(PrintExprContext ctx) {
        return new Expr.Print(b.span(ctx), expr(exprAt(ctx, 1)));
    }

    @Override
    public Expr visitIncludeExpr(IncludeExprContext ctx) {
        Expr.IncludeKind kind = Expr.IncludeKind.valueOf(ctx.getChild(0).getText().toUpperCase(Locale.ROOT));
        return new Expr.Include(b.span(ctx), kind, expr(exprAt(ctx, 1)));
    }

    @Override
    public Expr visitThrowExpr(ThrowExprContext ctx) {
        return new Expr.Throw(b.span(ctx), expr(exprAt(ctx, 1)));
    }

    // ------------------------------------------------------------------ primaries

    @Override
    public Expr visitVariablePrimary(VariablePrimaryContext ctx) {
        return b.variable(ctx.VARIABLE());
    }

    @Override
    public Expr visitVariableVariablePrimary(VariableVariablePrimaryContext ctx) {
        return new Expr.VariableVariable(b.span(ctx), variableName(ctx.variableName()));
    }

    @Override
    public Expr visitParenPrimary(ParenPrimaryContext ctx) {
        return expr(exprAt(ctx, 1));
    }

    @Override
    public Expr visitNumberPrimary(NumberPrimaryContext ctx) {
        return literals.number(ctx.getStart());
    }

    @Override
    public Expr visitSqStringPrimary(SqStringPrimaryContext ctx) {
        return literals.singleQuoted(ctx.getStart());
    }

    @Override
    public Expr visitDqStringPrimary(DqStringPrimaryContext ctx) {
        return literals.doubleQuoted(ctx.DQ_STRING().getSymbol());
    }

    @Override
    public Expr visitInterpolatedPrimary(InterpolatedPrimaryContext ctx) {
        return literals.interpolated(ctx);
    }

    @Override
    public Expr visitShellPrimary(ShellPrimaryContext ctx) {
        return literals.shell(ctx);
    }

    @Override
    public Expr visitHeredocPrimary(HeredocPrimaryContext ctx) {
        return literals.heredoc(ctx);
    }

    @Override
    public Expr visitNowdocPrimary(NowdocPrimaryContext ctx) {
        return literals.nowdoc(ctx.NOWDOC().getSymbol());
    }

    @Override
    public Expr visitArrayPrimary(ArrayPrimaryContext ctx) {
        return arrayLiteral(b.span(ctx), ctx.arrayItemList(), true);
    }

    @Override
    public Expr visitShortArrayPrimary(ShortArrayPrimaryContext ctx) {
        return arrayLiteral(b.span(ctx), ctx.arrayItemList(), false);
    }

    @Override
    public Expr visitListPrimary(ListPrimaryContext ctx) {
        return new Expr.ListLit(b.span(ctx), Assignments.toTargets(b, arrayItems(ctx.arrayItemList())), true);
    }

    private Expr arrayLiteral(Span span, ArrayItemListContext ctx, boolean longSyntax) {
        List<Part.ArrayItem> items = arrayItems(ctx);
        Expr.ArrayLit array = new Expr.ArrayLit(span, items, longSyntax);
        for (Part.ArrayItem item : items) {
            if (item.value() == null) {
                b.markEmptySlot(array, item.span());
                break;
            }
        }
        return array;
    }

    /** Items with skipped slots (value null); a trailing comma adds no slot. */
    private List<Part.ArrayItem> arrayItems(ArrayItemListContext ctx) {
        List<Part.ArrayItem> items = new ArrayList<>();
        if (ctx == null || ctx.children == null) {
            return items;
        }
        boolean slotFilled = false;
        List<ParseTree> children = ctx.children;
        for (int i = 0; i < children.size(); i++) {
            ParseTree child = children.get(i);
            if (child instanceof ArrayItemContext item) {
                items.add(arrayItem(item));
                slotFilled = true;
            } else if (child instanceof TerminalNode comma) {
                if (!slotFilled) {
                    Span at = b.span(comma);
                    items.add(new Part.ArrayItem(new Span(at.start(), at.start(), at.line(), at.column(), at.line(),
                            at.column()), null, null, false, false));
                }
                slotFilled = false;
            }
        }
        return items;
    }

    /** `...e`, `&e`, `e`, `k => e` or `k => &e`, read from the children's kinds (the hottest builder). */
    private Part.ArrayItem arrayItem(ArrayItemContext ctx) {
        Span span = b.span(ctx);
        int n = ctx.getChildCount();
        ParseTree first = ctx.getChild(0);
        if (isToken(first, PhpLexer.ELLIPSIS) || isToken(first, PhpLexer.AMP)) {
            Expr value = n > 1 && ctx.getChild(1) instanceof ExprContext e ? expr(e) : b.error(ctx);
            return new Part.ArrayItem(span, null, value, isToken(first, PhpLexer.AMP), isToken(first, PhpLexer.ELLIPSIS));
        }
        Expr firstExpr = first instanceof ExprContext e ? expr(e) : b.error(ctx);
        if (n == 1) {
            return new Part.ArrayItem(span, null, firstExpr, false, false);
        }
        boolean byRef = n > 2 && isToken(ctx.getChild(2), PhpLexer.AMP);
        ParseTree last = ctx.getChild(n - 1);
        Expr value = last instanceof ExprContext e ? expr(e) : b.error(ctx);
        return new Part.ArrayItem(span, firstExpr, value, byRef, false);
    }

    static boolean isToken(ParseTree node, int type) {
        return node instanceof TerminalNode t && t.getSymbol().getType() == type;
    }

    @Override
    public Expr visitIssetPrimary(IssetPrimaryContext ctx) {
        return new Expr.Isset(b.span(ctx), exprs(ctx.expr()));
    }

    @Override
    public Expr visitEmptyPrimary(EmptyPrimaryContext ctx) {
        return new Expr.Empty(b.span(ctx), expr(ctx.expr()));
    }

    @Override
    public Expr visitEvalPrimary(EvalPrimaryContext ctx) {
        return new Expr.Eval(b.span(ctx), expr(ctx.expr()));
    }

    @Override
    public Expr visitExitPrimary(ExitPrimaryContext ctx) {
        Expr status = ctx.expr() == null ? null : expr(ctx.expr());
        return new Expr.Exit(b.span(ctx), status, ctx.EXIT().getText().equalsIgnoreCase("die"));
    }

    @Override
    public Expr visitMatchPrimary(MatchPrimaryContext ctx) {
        List<Part.MatchArm> arms = new ArrayList<>();
        for (MatchArmContext arm : ctx.matchArm()) {
            List<ExprContext> parts = arm.expr();
            List<Expr> conditions = arm.DEFAULT() != null ? List.of() : exprs(parts.subList(0, parts.size() - 1));
            Expr body = parts.isEmpty() ? b.error(arm) : expr(parts.get(parts.size() - 1));
            arms.add(new Part.MatchArm(b.span(arm), conditions, body));
        }
        return new Expr.Match(b.span(ctx), expr(ctx.expr()), arms);
    }

    @Override
    public Expr visitClosurePrimary(ClosurePrimaryContext ctx) {
        return b.decls.closure(ctx);
    }

    @Override
    public Expr visitArrowFunctionPrimary(ArrowFunctionPrimaryContext ctx) {
        return b.decls.arrowFunction(ctx);
    }

    @Override
    public Expr visitAnonymousClassPrimary(AnonymousClassPrimaryContext ctx) {
        return new Expr.NewAnonymousClass(b.span(ctx), b.decls.anonymousClass(ctx), arguments(ctx.arguments()));
    }

    @Override
    public Expr visitNamePrimary(NamePrimaryContext ctx) {
        Name name = namePrimaryName(ctx);
        Span span = name.span();
        if (name.kind() == Name.Kind.UNQUALIFIED || name.kind() == Name.Kind.FULLY_QUALIFIED) {
            switch (name.text().toLowerCase(Locale.ROOT)) {
                case "true": return new Expr.BoolLit(span, true);
                case "false": return new Expr.BoolLit(span, false);
                case "null": return new Expr.NullLit(span);
                default: break;
            }
        }
        if (name.kind() == Name.Kind.UNQUALIFIED) {
            Expr.MagicKind magic = magic(name.text());
            if (magic != null) {
                return new Expr.MagicConst(span, magic);
            }
        }
        return new Expr.ConstFetch(span, name);
    }

    private static Expr.MagicKind magic(String text) {
        if (text.length() < 7 || !text.startsWith("__") || !text.endsWith("__")) {
            return null;
        }
        try {
            return Expr.MagicKind.valueOf(text.substring(2, text.length() - 2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Name namePrimaryName(NamePrimaryContext ctx) {
        Token t = ctx.getStart();
        if (t.getType() == PhpLexer.NAME || t.getType() == PhpLexer.QUALIFIED_NAME) {
            return Name.parse(b.span(t), t.getText());
        }
        return new Name(b.span(t), t.getText(), Name.Kind.UNQUALIFIED);
    }

    // ------------------------------------------------------------------ arguments

    /** Arguments: bare expressions, each possibly after a prefix `name:` or `...`. */
    List<Part.Arg> arguments(ArgumentsContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        int n = ctx.getChildCount();
        if (n <= 2) {
            return List.of();
        }
        List<Part.Arg> out = new ArrayList<>(n / 2);
        ArgumentPrefixContext prefix = null;
        for (int i = 1; i < n; i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof ArgumentPrefixContext p) {
                prefix = p;
            } else if (child instanceof ExprContext e) {
                Expr value = expr(e);
                if (prefix == null) {
                    out.add(new Part.Arg(value.span(), null, value, false));
                } else {
                    Span span = b.between(prefix.getStart(), e.getStop());
                    boolean spread = prefix.ELLIPSIS() != null;
                    out.add(new Part.Arg(span, spread ? null : b.identifier(prefix.identifier()), value, spread));
                    prefix = null;
                }
            }
        }
        return out;
    }

    /** `f(...)`: the first-class callable syntax of PHP 8.1. */
    static boolean isCallableRef(ArgumentsContext ctx) {
        return ctx != null && ctx.getChildCount() == 3 && isToken(ctx.getChild(1), PhpLexer.ELLIPSIS);
    }

    Expr errorAt(ParserRuleContext ctx) {
        return b.error(ctx);
    }
}
