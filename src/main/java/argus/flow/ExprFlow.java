package argus.flow;

import argus.ast.AstVisitorBase;
import argus.ast.Expr;
import argus.ast.Expr.BinaryOp;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.Node;
import argus.ast.Part;
import argus.types.Type;
import argus.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates expressions over a {@link FlowState}: the type of each, recorded in the facts, and
 * the state after it (an expression may assign: `if ($x = f())`). Calls and member accesses are
 * typed by {@link Members}; conditions narrow through {@link Narrowing}.
 */
final class ExprFlow extends AstVisitorBase<Type> {
    /** An expression's type and the state after evaluating it. */
    record Typed(Type type, FlowState state) {
    }

    /** Longer string literals are typed as non-empty-string: a literal type that long helps no rule. */
    private static final int MAX_LITERAL = 64;

    final FunctionFlow fn;
    private FlowState st;
    /**
     * `?->` short-circuits the rest of its chain: in `$a?->b()->c()` no `->c()` happens on
     * null, the whole chain is null. A link evaluating its object marks it as such
     * ({@link #objectOfChain}); an inner `?->` that may meet null reports it ({@link #chainNull})
     * and leaves null out of its own type; the outermost link puts it back.
     */
    private boolean nextIsChainObject;
    private boolean isChainObject;
    private boolean chainNull;

    ExprFlow(FunctionFlow fn) {
        this.fn = fn;
    }

    Typed eval(Expr e, FlowState in) {
        FlowState saved = st;
        st = in;
        Type t = type(e);
        Typed out = new Typed(t, st);
        st = saved;
        return out;
    }

    /** {@link Assignments#peek} from a given state: reads a target without counting it as a read. */
    Typed peek(Expr e, FlowState in) {
        FlowState saved = st;
        st = in;
        Type t = Assignments.peek(this, e);
        Typed out = new Typed(t, st);
        st = saved;
        return out;
    }

    FlowState state() {
        return st;
    }

    void setState(FlowState s) {
        st = s;
    }

    /** Evaluates in the current state, advancing it, and records the type. */
    Type type(Expr e) {
        if (e == null) {
            return Type.NULL;
        }
        isChainObject = nextIsChainObject;
        nextIsChainObject = false;
        Type t = e.accept(this);
        if (t == null) {
            t = Type.MIXED;
        }
        if (st.reachable()) {
            Type before = fn.facts.types.put(e, t);
            // Inside a loop an expression is evaluated once per pass: its type covers them all.
            if (before != null && before != t && !before.equals(t)) {
                fn.facts.types.put(e, Types.join(before, t));
            }
        }
        return t;
    }

    @Override
    protected Type visitDefault(Node node) {
        return Type.MIXED;
    }

    // ------------------------------------------------------------------ literals

    @Override public Type visitIntLit(Expr.IntLit n) { return new Type.IntLit(n.value()); }
    @Override public Type visitFloatLit(Expr.FloatLit n) { return Type.FLOAT; }
    @Override public Type visitBoolLit(Expr.BoolLit n) { return n.value() ? Type.TRUE : Type.FALSE; }
    @Override public Type visitNullLit(Expr.NullLit n) { return Type.NULL; }

    @Override
    public Type visitStringLit(Expr.StringLit n) {
        return stringType(n.value());
    }

    static Type stringType(String value) {
        if (value.length() > MAX_LITERAL) {
            return Type.NON_EMPTY_STRING;
        }
        return new Type.StrLit(value);
    }

    @Override
    public Type visitInterpolated(Expr.Interpolated n) {
        boolean nonEmpty = false;
        for (Expr part : n.parts()) {
            type(part);
            if (part instanceof Expr.StringLit s && !s.value().isEmpty()) {
                nonEmpty = true;
            }
        }
        return nonEmpty ? Type.NON_EMPTY_STRING : Type.STRING;
    }

    @Override
    public Type visitShellExec(Expr.ShellExec n) {
        n.parts().forEach(this::type);
        return fn.env.notation("string|false|null");
    }

    @Override
    public Type visitMagicConst(Expr.MagicConst n) {
        return n.kind() == Expr.MagicKind.LINE ? Type.INT : Type.STRING;
    }

    @Override
    public Type visitArrayLit(Expr.ArrayLit n) {
        return Arrays.literal(this, n.items());
    }

    @Override
    public Type visitListLit(Expr.ListLit n) {
        return Arrays.literal(this, n.items());
    }

    // ------------------------------------------------------------------ variables

    @Override
    public Type visitVariable(Expr.Variable n) {
        if (n.name().equals("this") && fn.thisType != null) {
            return fn.thisType;
        }
        FlowState.Var v = st.get(n.name());
        if (st.reachable() && !st.dynamicVars()) {
            fn.facts.recordRead(n, v.defined());
        }
        return v.type();
    }

    @Override
    public Type visitVariableVariable(Expr.VariableVariable n) {
        type(n.name());
        return Type.MIXED;
    }

    // ------------------------------------------------------------------ assignment

    @Override
    public Type visitAssign(Expr.Assign n) {
        Type value = type(n.value());
        Assignments.assign(this, n.target(), value);
        return value;
    }

    @Override
    public Type visitAssignRef(Expr.AssignRef n) {
        // Taking a reference reads nothing: `$b = &$undefined` creates the variable.
        Type value = n.value() instanceof Expr.Variable ? Assignments.peek(this, n.value()) : type(n.value());
        if (!(n.target() instanceof Expr.Variable)) {
            Assignments.assign(this, n.target(), value);
        }
        References.bind(this, n.target(), n.value(), value);
        return value;
    }

    @Override
    public Type visitCompoundAssign(Expr.CompoundAssign n) {
        if (n.op() == BinaryOp.COALESCE) {
            Type target = Assignments.peek(this, n.target());
            Type value = type(n.value());
            Type result = Types.join(Types.removeNull(target), value);
            Assignments.assign(this, n.target(), result);
            return result;
        }
        Type target = type(n.target());
        Type value = type(n.value());
        Type result = Operators.binary(n.op(), target, value);
        Assignments.assign(this, n.target(), result);
        return result;
    }

    @Override
    public Type visitIncDec(Expr.IncDec n) {
        Type t = type(n.target());
        Type result = Operators.incDec(t, n.increment());
        Assignments.assign(this, n.target(), result);
        return n.prefix() ? result : t;
    }

    // ------------------------------------------------------------------ operators

    @Override
    public Type visitBinary(Expr.Binary n) {
        switch (n.op()) {
            case BOOL_AND, BOOL_OR, LOGICAL_AND, LOGICAL_OR:
                Narrowing.Branches b = fn.narrowing.branch(n, st);
                st = b.whenTrue().join(b.whenFalse());
                return Type.BOOL;
            case COALESCE: {
                Type left = Assignments.peek(this, n.left());
                FlowState afterLeft = st;
                Type right = type(n.right());
                st = afterLeft.join(st);
                return Types.join(Types.removeNull(left), right);
            }
            default: {
                Type left = type(n.left());
                Type right = type(n.right());
                return n.op() == BinaryOp.PIPE ? Type.MIXED : Operators.binary(n.op(), left, right);
            }
        }
    }

    @Override
    public Type visitUnary(Expr.Unary n) {
        if (n.op() == Expr.UnaryOp.NOT) {
            Narrowing.Branches b = fn.narrowing.branch(n, st);
            st = b.whenTrue().join(b.whenFalse());
            return Type.BOOL;
        }
        Type t = type(n.operand());
        return switch (n.op()) {
            case SILENCE -> t;
            case BIT_NOT -> Type.INT;
            default -> Operators.arithmetic(t, new Type.IntLit(0));
        };
    }

    @Override
    public Type visitCast(Expr.Cast n) {
        Type t = type(n.operand());
        return switch (n.kind()) {
            case INT, INTEGER -> Type.INT;
            case FLOAT, DOUBLE, REAL -> Type.FLOAT;
            case STRING, BINARY -> Type.STRING;
            case BOOL, BOOLEAN -> Type.BOOL;
            case ARRAY -> Types.leq(t, fn.env.notation("array")) ? t : fn.env.notation("array");
            case OBJECT -> Types.leq(t, Type.OBJECT) ? t : new Type.Obj("stdClass");
            case UNSET -> Type.NULL;
            case VOID -> Type.VOID;
        };
    }

    @Override
    public Type visitInstanceof(Expr.Instanceof n) {
        Narrowing.Branches b = fn.narrowing.branch(n, st);
        st = b.whenTrue().join(b.whenFalse());
        return Type.BOOL;
    }

    @Override
    public Type visitTernary(Expr.Ternary n) {
        Narrowing.Branches b = fn.narrowing.branch(n.cond(), st);
        Type cond = fn.facts.typeOf(n.cond());
        Type then;
        FlowState afterThen;
        if (n.then() == null) {
            then = Types.truthy(cond);
            afterThen = b.whenTrue();
        } else {
            Typed t = eval(n.then(), b.whenTrue());
            then = t.type();
            afterThen = t.state();
        }
        Typed otherwise = eval(n.otherwise(), b.whenFalse());
        st = afterThen.join(otherwise.state());
        if (!afterThen.reachable()) {
            return otherwise.type();
        }
        return otherwise.state().reachable() ? Types.join(then, otherwise.type()) : then;
    }

    @Override
    public Type visitIsset(Expr.Isset n) {
        Narrowing.Branches b = fn.narrowing.branch(n, st);
        st = b.whenTrue().join(b.whenFalse());
        return Type.BOOL;
    }

    @Override
    public Type visitEmpty(Expr.Empty n) {
        Narrowing.Branches b = fn.narrowing.branch(n, st);
        st = b.whenTrue().join(b.whenFalse());
        return Type.BOOL;
    }

    @Override
    public Type visitMatch(Expr.Match n) {
        return MatchFlow.match(this, n);
    }

    // ------------------------------------------------------------------ calls and members

    @Override public Type visitFuncCall(Expr.FuncCall n) { return fn.members.funcCall(n); }
    @Override public Type visitMethodCall(Expr.MethodCall n) { return fn.members.methodCall(n); }
    @Override public Type visitStaticCall(Expr.StaticCall n) { return fn.members.staticCall(n); }
    @Override public Type visitNew(Expr.New n) { return fn.members.newObject(n); }
    @Override public Type visitPropertyFetch(Expr.PropertyFetch n) { return fn.members.propertyFetch(n); }
    @Override public Type visitStaticPropertyFetch(Expr.StaticPropertyFetch n) { return fn.members.staticProperty(n); }
    @Override public Type visitClassConstFetch(Expr.ClassConstFetch n) { return fn.members.classConstant(n); }
    @Override public Type visitConstFetch(Expr.ConstFetch n) { return fn.members.constant(n); }
    @Override public Type visitIndex(Expr.Index n) { return Arrays.index(this, n); }

    @Override
    public Type visitNewAnonymousClass(Expr.NewAnonymousClass n) {
        args(n.args());
        fn.owner.anonymousClass(n.declaration(), fn.names);
        return Type.OBJECT;
    }

    @Override
    public Type visitClone(Expr.Clone n) {
        Type t = type(n.object());
        type(n.withProperties());
        return t;
    }

    /**
     * Evaluates the object of a chain link (`$o` in `$o->m()`); the second value tells whether
     * a `?->` inside it short-circuited, so that the whole chain may be null.
     */
    Type objectOfChain(Expr object, boolean[] shortCircuited) {
        chainNull = false;
        nextIsChainObject = true;
        Type t = type(object);
        nextIsChainObject = false;
        shortCircuited[0] = chainNull;
        chainNull = false;
        return t;
    }

    /**
     * Whether the link being evaluated is itself the object of an outer link; read first
     * thing by a link, before it evaluates anything.
     */
    boolean linkIsObject() {
        boolean v = isChainObject;
        isChainObject = false;
        return v;
    }

    /** A link's result: with the short-circuit's null when it ends the chain, else reported to the outer link. */
    Type endOfLink(Type result, boolean shortCircuited, boolean isObject) {
        if (!shortCircuited) {
            return result;
        }
        if (isObject) {
            chainNull = true;
            return result;
        }
        return Types.join(result, Type.NULL);
    }

    List<Type> args(List<Part.Arg> args) {
        List<Type> out = new ArrayList<>(args.size());
        for (Part.Arg a : args) {
            out.add(type(a.value()));
        }
        return out;
    }

    /** Arguments, those going to by-reference parameters looked at without being read. */
    List<Type> args(List<Part.Arg> args, java.util.function.BiPredicate<Integer, String> byRef) {
        List<Type> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            boolean ref = !a.unpack() && byRef.test(i, a.name() == null ? null : a.name().name());
            out.add(ref ? Assignments.peek(this, a.value()) : type(a.value()));
        }
        return out;
    }

    // ------------------------------------------------------------------ functions

    @Override
    public Type visitClosure(Expr.Closure n) {
        return fn.nested(n, st);
    }

    @Override
    public Type visitArrowFunction(Expr.ArrowFunction n) {
        return fn.nested(n, st);
    }

    // ------------------------------------------------------------------ the rest

    @Override
    public Type visitExit(Expr.Exit n) {
        type(n.status());
        st = FlowState.UNREACHABLE;
        return Type.NEVER;
    }

    @Override
    public Type visitThrow(Expr.Throw n) {
        type(n.exception());
        st = FlowState.UNREACHABLE;
        return Type.NEVER;
    }

    @Override
    public Type visitPrint(Expr.Print n) {
        type(n.expr());
        return new Type.IntLit(1);
    }

    @Override
    public Type visitInclude(Expr.Include n) {
        type(n.path());
        // A template included here may read and set any variable of this scope.
        st = st.forgetTypes();
        return Type.MIXED;
    }

    @Override
    public Type visitEval(Expr.Eval n) {
        type(n.code());
        st = st.forgetTypes();
        return Type.MIXED;
    }

    /** What a generator is sent back through `yield` is up to its caller: mixed. */
    @Override
    public Type visitYield(Expr.Yield n) {
        Type key = n.key() == null ? null : type(n.key());
        Type value = n.value() == null ? Type.NULL : type(n.value());
        if (st.reachable()) {
            fn.yielded(key, value);
        }
        return Type.MIXED;
    }

    /** `yield from` yields what its operand iterates; its value is the inner generator's return value. */
    @Override
    public Type visitYieldFrom(Expr.YieldFrom n) {
        Type inner = type(n.expr());
        Type[] kv = Arrays.iteration(fn.env, inner);
        if (st.reachable()) {
            fn.yielded(kv[0], kv[1]);
        }
        Type.Obj gen = inner instanceof Type.Obj o && o.name().equalsIgnoreCase("Generator") && o.args().size() == 4 ? o : null;
        return gen == null ? Type.MIXED : gen.args().get(3);
    }

    @Override
    public Type visitError(Expr.Error n) {
        return Type.MIXED;
    }

    /** The name a simple variable expression stands for, or null. */
    static String varName(Expr e) {
        return e instanceof Expr.Variable v ? v.name() : null;
    }

    /** The flow key of `$v->p`, `$this->p`, `$v->p->q`..., or null for anything else. */
    static String pathOf(Expr e) {
        if (e instanceof Expr.PropertyFetch p && p.name() instanceof Identifier id) {
            if (p.object() instanceof Expr.Variable v) {
                return v.name() + "->" + id.name();
            }
            String inner = pathOf(p.object());
            return inner == null ? null : inner + "->" + id.name();
        }
        return null;
    }

    static boolean isName(Node n, String lower) {
        return n instanceof Name name && name.is(lower);
    }
}
