package argus.ast;

import java.util.List;

/** The expressions of {@link AstPrinter}; the printing contexts are in {@link PrinterBase}. */
abstract class ExprPrinter extends PrinterBase {

    // ------------------------------------------------------------------ variables and literals

    @Override public Void visitVariable(Expr.Variable node) {
        out.append('$').append(node.name());
        return null;
    }

    @Override public Void visitVariableVariable(Expr.VariableVariable node) {
        out.append('$');
        if (node.name() instanceof Expr.Variable || node.name() instanceof Expr.VariableVariable) {
            expr(node.name());
        } else {
            out.append('{');
            top(node.name());
            out.append('}');
        }
        return null;
    }

    @Override public Void visitIntLit(Expr.IntLit node) { out.append(Literals.number(node)); return null; }
    @Override public Void visitFloatLit(Expr.FloatLit node) { out.append(Literals.number(node)); return null; }
    @Override public Void visitStringLit(Expr.StringLit node) { Literals.string(this, node); return null; }
    @Override public Void visitInterpolated(Expr.Interpolated node) { Literals.interpolated(this, node); return null; }
    @Override public Void visitShellExec(Expr.ShellExec node) { Literals.shell(this, node); return null; }
    @Override public Void visitBoolLit(Expr.BoolLit node) { out.append(node.value()); return null; }
    @Override public Void visitNullLit(Expr.NullLit node) { out.append("null"); return null; }

    @Override public Void visitMagicConst(Expr.MagicConst node) {
        out.append("__").append(node.kind().name()).append("__");
        return null;
    }

    @Override public Void visitConstFetch(Expr.ConstFetch node) { out.append(node.name().written()); return null; }

    @Override public Void visitClassConstFetch(Expr.ClassConstFetch node) {
        nameOrBase(node.cls());
        out.append("::");
        if (node.name() instanceof Identifier id) {
            out.append(id.name());
        } else {
            out.append('{');
            top((Expr) node.name());
            out.append('}');
        }
        return null;
    }

    @Override public Void visitArrayLit(Expr.ArrayLit node) {
        out.append(node.longSyntax() ? "array(" : "[");
        items(node.items());
        out.append(node.longSyntax() ? ")" : "]");
        return null;
    }

    @Override public Void visitListLit(Expr.ListLit node) {
        out.append(node.longSyntax() ? "list(" : "[");
        items(node.items());
        out.append(node.longSyntax() ? ")" : "]");
        return null;
    }

    /** A trailing comma ends the list without adding a slot, so a last skipped slot needs one more. */
    private void items(List<Part.ArrayItem> items) {
        join(items, ", ");
        if (!items.isEmpty() && items.get(items.size() - 1).value() == null) {
            out.append(',');
        }
    }

    // ------------------------------------------------------------------ chains

    @Override public Void visitIndex(Expr.Index node) {
        base(node.base());
        out.append(node.curly() ? '{' : '[');
        if (node.offset() != null) {
            top(node.offset());
        }
        out.append(node.curly() ? '}' : ']');
        return null;
    }

    @Override public Void visitPropertyFetch(Expr.PropertyFetch node) {
        base(node.object());
        out.append(node.nullsafe() ? "?->" : "->");
        dynamicName(node.name());
        return null;
    }

    /** `A::$b`; an expression name is the variable holding the name: `A::$$b`, `A::${e}`. */
    @Override public Void visitStaticPropertyFetch(Expr.StaticPropertyFetch node) {
        nameOrBase(node.cls());
        out.append("::$");
        if (node.name() instanceof Identifier id) {
            out.append(id.name());
        } else if (node.name() instanceof Expr.Variable || node.name() instanceof Expr.VariableVariable) {
            expr((Expr) node.name());
        } else {
            out.append('{');
            top((Expr) node.name());
            out.append('}');
        }
        return null;
    }

    /** `$f()`, `$a[0]()`, `f()()` stay bare; `($a->b)()` and `(A::$b)()` are not method calls. */
    @Override public Void visitFuncCall(Expr.FuncCall node) {
        if (node.callee() instanceof Name name) {
            out.append(name.written());
        } else {
            Expr callee = (Expr) node.callee();
            boolean bare = callee instanceof Expr.Variable || callee instanceof Expr.VariableVariable
                    || callee instanceof Expr.Index || callee instanceof Expr.FuncCall
                    || callee instanceof Expr.MethodCall || callee instanceof Expr.StaticCall;
            if (bare) {
                expr(callee);
            } else {
                paren(callee);
            }
        }
        args(node.args(), node.callableRef());
        return null;
    }

    @Override public Void visitMethodCall(Expr.MethodCall node) {
        base(node.object());
        out.append(node.nullsafe() ? "?->" : "->");
        dynamicName(node.name());
        args(node.args(), node.callableRef());
        return null;
    }

    @Override public Void visitStaticCall(Expr.StaticCall node) {
        nameOrBase(node.cls());
        out.append("::");
        dynamicName(node.name());
        args(node.args(), node.callableRef());
        return null;
    }

    @Override public Void visitNew(Expr.New node) {
        out.append("new ");
        classReference(node.cls());
        if (node.hasArgs()) {
            args(node.args(), false);
        }
        return null;
    }

    @Override public Void visitNewAnonymousClass(Expr.NewAnonymousClass node) {
        anonymousClass(node.declaration(), node.args());
        return null;
    }

    @Override public Void visitClone(Expr.Clone node) {
        if (node.withProperties() == null) {
            out.append("clone ");
            operand(node.object());
        } else {
            out.append("clone(");
            top(node.object());
            out.append(", ");
            top(node.withProperties());
            out.append(')');
        }
        return null;
    }

    // ------------------------------------------------------------------ operators

    @Override public Void visitUnary(Expr.Unary node) {
        out.append(switch (node.op()) {
            case PLUS -> "+";
            case MINUS -> "-";
            case BIT_NOT -> "~";
            case NOT -> "!";
            case SILENCE -> "@";
        });
        operand(node.operand());
        return null;
    }

    @Override public Void visitIncDec(Expr.IncDec node) {
        String op = node.increment() ? "++" : "--";
        if (node.prefix()) {
            out.append(op);
        }
        target(node.target());
        if (!node.prefix()) {
            out.append(op);
        }
        return null;
    }

    @Override public Void visitCast(Expr.Cast node) {
        out.append('(').append(node.kind().keyword).append(')');
        operand(node.operand());
        return null;
    }

    @Override public Void visitBinary(Expr.Binary node) {
        operand(node.left());
        out.append(' ').append(node.op().symbol).append(' ');
        operand(node.right());
        return null;
    }

    @Override public Void visitInstanceof(Expr.Instanceof node) {
        operand(node.expr());
        out.append(" instanceof ");
        classReference(node.cls());
        return null;
    }

    @Override public Void visitTernary(Expr.Ternary node) {
        operand(node.cond());
        if (node.then() == null) {
            out.append(" ?: ");
        } else {
            out.append(" ? ");
            operand(node.then());
            out.append(" : ");
        }
        operand(node.otherwise());
        return null;
    }

    @Override public Void visitAssign(Expr.Assign node) {
        target(node.target());
        out.append(" = ");
        operand(node.value());
        return null;
    }

    @Override public Void visitAssignRef(Expr.AssignRef node) {
        target(node.target());
        out.append(" = &");
        target(node.value());
        return null;
    }

    @Override public Void visitCompoundAssign(Expr.CompoundAssign node) {
        target(node.target());
        out.append(' ').append(node.op().symbol).append("= ");
        operand(node.value());
        return null;
    }

    // ------------------------------------------------------------------ keyword expressions

    @Override public Void visitIsset(Expr.Isset node) { targets("isset(", node.vars(), ")"); return null; }

    @Override public Void visitEmpty(Expr.Empty node) { keywordCall("empty", node.expr()); return null; }
    @Override public Void visitEval(Expr.Eval node) { keywordCall("eval", node.code()); return null; }

    @Override public Void visitExit(Expr.Exit node) {
        out.append(node.die() ? "die" : "exit");
        if (node.status() != null) {
            out.append('(');
            top(node.status());
            out.append(')');
        }
        return null;
    }

    @Override public Void visitInclude(Expr.Include node) { keyword(node.kind().keyword, node.path()); return null; }
    @Override public Void visitPrint(Expr.Print node) { keyword("print", node.expr()); return null; }
    @Override public Void visitYieldFrom(Expr.YieldFrom node) { keyword("yield from", node.expr()); return null; }
    @Override public Void visitThrow(Expr.Throw node) { keyword("throw", node.exception()); return null; }

    @Override public Void visitYield(Expr.Yield node) {
        out.append("yield");
        if (node.key() != null) {
            out.append(' ');
            operand(node.key());
            out.append(" =>");
        }
        if (node.value() != null) {
            out.append(' ');
            operand(node.value());
        }
        return null;
    }

    private void keyword(String keyword, Expr operand) {
        out.append(keyword).append(' ');
        operand(operand);
    }

    private void keywordCall(String keyword, Expr arg) {
        out.append(keyword).append('(');
        top(arg);
        out.append(')');
    }

    // ------------------------------------------------------------------ functions and match

    @Override public Void visitClosure(Expr.Closure node) {
        inlineAttributes(node.attributes());
        out.append(node.isStatic() ? "static function " : "function ").append(node.byRef() ? "&" : "");
        params(node.params());
        if (!node.uses().isEmpty()) {
            out.append(" use (");
            join(node.uses(), ", ");
            out.append(')');
        }
        returnType(node.returnType());
        block(node.body());
        return null;
    }

    @Override public Void visitArrowFunction(Expr.ArrowFunction node) {
        inlineAttributes(node.attributes());
        out.append(node.isStatic() ? "static fn" : "fn").append(node.byRef() ? "&" : "");
        params(node.params());
        returnType(node.returnType());
        out.append(" => ");
        operand(node.body());
        return null;
    }

    final void returnType(TypeHint type) {
        if (type != null) {
            out.append(": ");
            type.accept(this);
        }
    }

    @Override public Void visitMatch(Expr.Match node) {
        out.append("match (");
        top(node.subject());
        out.append(") {");
        indent++;
        for (Part.MatchArm arm : node.arms()) {
            nl();
            arm.accept(this);
            out.append(',');
        }
        indent--;
        nl();
        out.append('}');
        return null;
    }

    /**
     * Recovered syntax errors have no source form. Empty parentheses are themselves a
     * syntax error, so a reprint fails loudly instead of turning into a valid tree.
     */
    @Override public Void visitError(Expr.Error node) {
        out.append("(/* syntax error */)");
        return null;
    }
}
