package argus.flow;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.NameOrExpr;
import argus.ast.Part;
import argus.index.BuiltinClass;
import argus.index.BuiltinConstant;
import argus.index.BuiltinFunction;
import argus.index.FunctionFacts;
import argus.index.Symbols;
import argus.types.Type;
import argus.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calls, objects and constants: the return type of the function or method a call reaches, the
 * declared type of a property, the value type of a constant. Declared types are taken as true;
 * where nothing is declared the type is mixed, which rules do not report at the default level.
 */
final class Members {
    private final FunctionFlow fn;

    Members(FunctionFlow fn) {
        this.fn = fn;
    }

    private ExprFlow exprs() {
        return fn.exprs;
    }

    // ------------------------------------------------------------------ functions

    Type funcCall(Expr.FuncCall n) {
        if (!(n.callee() instanceof Name name)) {
            // `$f(...)`: a closure or callable held in a variable; it may do anything a call does.
            Type callee = exprs().type((Expr) n.callee());
            exprs().args(n.args());
            exprs().setState(exprs().state().afterCall());
            forgetPathsOfArguments(n.args());
            return neverReturns(callee instanceof Type.ClosureType c ? c.sig().returns() : Type.MIXED);
        }
        String lower = name.last().toLowerCase(Locale.ROOT);
        guard(n, "#function:", fn.names.functionCandidates(name), true);
        if (name.kind() != Name.Kind.QUALIFIED && special(lower, n)) {
            return specialResult(lower, n);
        }
        Symbols.Function user = fn.env.userFunction(name, fn.names);
        FnSig sig = user == null ? null : fn.env.signature(user);
        BuiltinFunction builtin = user == null ? fn.env.builtinFunction(name, fn.names) : null;
        List<Type> args = exprs().args(n.args(), sig != null ? CallEffects.byRef(sig) : CallEffects.byRef(fn.env, builtin));
        if (n.callableRef()) {
            return fn.env.notation("Closure");
        }
        if (user != null) {
            forgetPathsOfArguments(n.args());
            exprs().setState(exprs().state().afterCall());
            CallEffects.userOutputs(exprs(), sig, n.args());
            Type declared = sig.returnKnown() ? sig.returns()
                    : fn.env.isDeclaredOnly() ? Type.MIXED : ReturnInference.function(fn.owner, user);
            return neverReturns(Invocations.instantiate(fn.env, sig, Map.of(), n.args(), args, declared));
        }
        if (builtin == null) {
            return Type.MIXED;
        }
        CallEffects.builtinOutputs(exprs(), fn.env, builtin, n.args(), args);
        if (takesCallback(builtin)) {
            // PHP's own functions change no object, but the callbacks they call may.
            exprs().setState(exprs().state().afterCall());
            forgetPathsOfArguments(n.args());
        }
        return neverReturns(outputBuffering(lower, byArgument(builtin, args, fn.env.builtinReturn(builtin))));
    }

    /** A key no PHP variable can have: whether an output buffer started by this function is active. */
    private static final String BUFFERING = "#ob";

    /**
     * `ob_get_contents()` and friends return false only when no output buffer is active; after
     * an `ob_start()` on every path to the call, they return a string.
     */
    private Type outputBuffering(String lower, Type result) {
        FlowState st = exprs().state();
        boolean active = st.knows(BUFFERING) && st.get(BUFFERING).defined() == argus.types.Trilean.YES;
        switch (lower) {
            case "ob_start":
                exprs().setState(st.with(BUFFERING, Type.TRUE));
                return result;
            case "ob_get_contents", "ob_get_length":
                return active ? Types.remove(result, Type.FALSE) : result;
            case "ob_get_clean", "ob_get_flush":
                exprs().setState(st.without(BUFFERING));
                return active ? Types.remove(result, Type.FALSE) : result;
            case "ob_end_clean", "ob_end_flush":
                exprs().setState(st.without(BUFFERING));
                return result;
            default:
                return result;
        }
    }

    /** Records {@code e} as guarded when a fact says one of the names it may mean exists. */
    private void guard(Expr e, String kind, List<String> names, boolean lowerCase) {
        FlowState st = exprs().state();
        if (!st.reachable()) {
            return;
        }
        for (String candidate : names) {
            if (candidate != null && st.knows(kind + (lowerCase ? candidate.toLowerCase(Locale.ROOT) : candidate))) {
                fn.facts.guarded.add(e);
                return;
            }
        }
    }

    private boolean takesCallback(BuiltinFunction f) {
        var sig = f.signatureIn(fn.env.versions().max());
        if (sig == null) {
            return true;
        }
        for (var p : sig.params()) {
            if (p.type() == null || p.type().contains("callable") || p.type().equals("mixed")) {
                return true;
            }
        }
        return false;
    }

    /** Functions whose effect is on the calling scope itself. */
    private static boolean special(String lower, Expr.FuncCall n) {
        return switch (lower) {
            case "assert", "extract", "compact", "get_defined_vars", "func_get_args", "parse_str" -> true;
            default -> false;
        };
    }

    private Type specialResult(String lower, Expr.FuncCall n) {
        switch (lower) {
            case "assert": {
                if (n.args().isEmpty()) {
                    return Type.BOOL;
                }
                Narrowing.Branches b = fn.narrowing.branch(n.args().get(0).value(), exprs().state());
                for (int i = 1; i < n.args().size(); i++) {
                    exprs().eval(n.args().get(i).value(), b.whenTrue());
                }
                exprs().setState(b.whenTrue());
                return Type.BOOL;
            }
            case "extract":
                exprs().args(n.args());
                exprs().setState(exprs().state().forgetTypes());
                return Type.INT;
            case "parse_str":
                exprs().args(n.args());
                if (n.args().size() == 1) {
                    exprs().setState(exprs().state().withDynamicVars());
                } else if (n.args().size() > 1) {
                    Assignments.assign(exprs(), n.args().get(1).value(), fn.env.notation("array"));
                }
                return Type.VOID;
            default:
                exprs().args(n.args());
                return fn.env.notation("array");
        }
    }

    /** After a call of a never-returning function no code runs. */
    private Type neverReturns(Type t) {
        if (t instanceof Type.Never) {
            exprs().setState(FlowState.UNREACHABLE);
        }
        return t;
    }

    /** The signature of a project method, or null. */
    private FnSig signatureOf(String cls, String method) {
        Symbols.Method m = cls == null ? null : fn.env.index().findMethod(cls, method);
        return m == null ? null : fn.env.signature(m);
    }

    /** `json_decode($s, true)` and the like: a return type chosen by an argument's literal value. */
    private Type byArgument(BuiltinFunction f, List<Type> args, Type declared) {
        for (FunctionFacts.ReturnByArg r : f.facts().returnsByArg()) {
            if ("absent".equals(r.argType()) ? r.param() >= args.size()
                    : r.param() < args.size() && Types.leq(args.get(r.param()), fn.env.notation(r.argType()))) {
                return fn.env.notation(r.type());
            }
        }
        return declared;
    }

    /** Passing an object to a function may change its properties: forget what conditions said of them. */
    private void forgetPathsOfArguments(List<Part.Arg> args) {
        for (Part.Arg a : args) {
            String v = ExprFlow.varName(a.value());
            if (v != null) {
                exprs().setState(exprs().state().forgetPathsOf(v));
            }
        }
    }

    // ------------------------------------------------------------------ methods

    Type methodCall(Expr.MethodCall n) {
        boolean isObject = exprs().linkIsObject();
        boolean[] shortCircuit = {false};
        Type receiver = exprs().objectOfChain(n.object(), shortCircuit);
        if (n.nullsafe() && Types.containsNull(receiver)) {
            shortCircuit[0] = true;
            receiver = Types.removeNull(receiver);
        } else if (!n.nullsafe()) {
            calledOn(n.object(), receiver);
        }
        return exprs().endOfLink(methodResult(n, receiver), shortCircuit[0], isObject);
    }

    /**
     * PHP throws before calling a method on null, so code after `$x->m()` runs only with an
     * object in $x: one possibly-null finding per cause, not one per later call.
     */
    private void calledOn(Expr object, Type receiver) {
        if (!Types.containsNull(receiver)) {
            return;
        }
        Type object_ = Types.removeNull(receiver);
        String key = Narrowing.key(object);
        if (key != null && !(object_ instanceof Type.Never) && exprs().state().reachable()) {
            exprs().setState(Narrowing.narrowed(exprs().state(), key, object_, true));
        }
    }

    private Type methodResult(Expr.MethodCall n, Type receiver) {
        String receiverKey = Narrowing.key(n.object());
        if (receiverKey != null && n.name() instanceof Identifier m) {
            guard(n, "#method:" + receiverKey + ":", List.of(m.name()), true);
        }
        if (n.name() instanceof Expr dynamic) {
            exprs().type(dynamic);
        }
        FnSig refs = null;
        if (n.name() instanceof Identifier named) {
            for (Type cls : objectParts(receiver)) {
                refs = refs != null ? refs : signatureOf(className(cls), named.name());
            }
        }
        List<Type> args = refs == null ? exprs().args(n.args()) : exprs().args(n.args(), CallEffects.byRef(refs));
        String target = ExprFlow.varName(n.object());
        // A method may change its object's properties, and any other object's.
        exprs().setState(exprs().state().afterCall());
        if (target != null) {
            exprs().setState(exprs().state().forgetPathsOf(target));
        }
        forgetPathsOfArguments(n.args());
        if (refs != null) {
            CallEffects.userOutputs(exprs(), refs, n.args());
        }
        if (n.callableRef()) {
            return fn.env.notation("Closure");
        }
        if (!(n.name() instanceof Identifier method)) {
            return Type.MIXED;
        }
        Type result = Type.NEVER;
        boolean any = false;
        for (Type cls : objectParts(receiver)) {
            any = true;
            result = Types.join(result, methodReturn(cls, className(cls), method.name(), n.args(), args, false));
        }
        if (!any) {
            return Type.MIXED;
        }
        return neverReturns(result);
    }

    Type staticCall(Expr.StaticCall n) {
        String cls = classOf(n.cls());
        guard(n, "#class:", java.util.Collections.singletonList(cls), true);
        if (n.name() instanceof Expr dynamic) {
            exprs().type(dynamic);
        }
        FnSig refs = n.name() instanceof Identifier named ? signatureOf(cls, named.name()) : null;
        List<Type> args = refs == null ? exprs().args(n.args()) : exprs().args(n.args(), CallEffects.byRef(refs));
        exprs().setState(exprs().state().afterCall());
        forgetPathsOfArguments(n.args());
        if (refs != null) {
            CallEffects.userOutputs(exprs(), refs, n.args());
        }
        if (cls != null && (cls.equalsIgnoreCase(fn.selfClass) || isParentOrSelf(n.cls()))) {
            exprs().setState(exprs().state().forgetPathsOf("this"));
        }
        if (n.callableRef()) {
            return fn.env.notation("Closure");
        }
        if (cls == null || !(n.name() instanceof Identifier method)) {
            return Type.MIXED;
        }
        // `parent::make()` runs the parent's method, but on this object: its `static` is this class.
        Type receiver = isParentOrSelf(n.cls()) && fn.thisType != null ? fn.thisType : new Type.Obj(cls);
        return neverReturns(methodReturn(receiver, cls, method.name(), n.args(), args, !isStatic(n.cls())));
    }

    private static boolean isParentOrSelf(NameOrExpr cls) {
        return cls instanceof Name n && (n.is("parent") || n.is("self") || n.is("static"));
    }

    private static boolean isStatic(NameOrExpr cls) {
        return cls instanceof Name n && n.is("static");
    }

    /** The classes an object type may be an instance of; empty when it may hold non-objects only. */
    private static List<Type> objectParts(Type t) {
        List<Type> out = new ArrayList<>();
        for (Type m : t instanceof Type.Union u ? u.members() : List.of(t)) {
            if (m instanceof Type.Obj || m instanceof Type.StaticType || m instanceof Type.Intersection) {
                out.add(m);
            } else if (m instanceof Type.TemplateParam p) {
                // A template stands for some type below its bound: what the bound has, it has.
                out.addAll(objectParts(p.bound()));
            }
        }
        return out;
    }

    /** The class name a receiver type stands for. */
    private static String className(Type receiver) {
        if (receiver instanceof Type.Obj o) {
            return o.name();
        }
        if (receiver instanceof Type.StaticType s) {
            return s.bound();
        }
        if (receiver instanceof Type.Intersection i) {
            for (Type p : i.parts()) {
                String c = className(p);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** @param exactTarget the call reaches the method found, not an override (`self::m()`, `Foo::m()`) */
    private Type methodReturn(Type receiver, String cls, String method, List<Part.Arg> args, List<Type> argTypes,
                              boolean exactTarget) {
        if (cls == null) {
            return Type.MIXED;
        }
        Symbols.Method m = fn.env.index().findMethod(cls, method);
        if (m != null) {
            FnSig sig = fn.env.signature(m);
            Type declared = sig.returnKnown() ? sig.returns()
                    : fn.env.isDeclaredOnly() ? Type.MIXED : ReturnInference.method(fn.owner, m, exactTarget);
            Map<String, Type> bindings = Invocations.classBindings(fn.env, receiver, m.declaringClass());
            Type result = Invocations.instantiate(fn.env, sig, bindings, args, argTypes, declared);
            Symbols.Method doc = sig.returnDocumented() ? m : Invocations.documented(fn.env, m);
            if (doc != null && doc != m) {
                FnSig inherited = fn.env.signature(doc);
                Map<String, Type> docBindings = Invocations.classBindings(fn.env, receiver, doc.declaringClass());
                result = DocTypes.refine(fn.env, result,
                        Invocations.instantiate(fn.env, inherited, docBindings, args, argTypes, inherited.returns()));
            }
            return bindStatic(result, receiver);
        }
        Map.Entry<String, ClassDocs.MagicMethod> magic = Invocations.magicMethod(fn.env, cls, method);
        if (magic != null) {
            Map<String, Type> bindings = Invocations.classBindings(fn.env, receiver, magic.getKey());
            return bindStatic(Generics.substitute(magic.getValue().returns(), bindings), receiver);
        }
        String builtinClass = builtinAncestor(cls);
        if (builtinClass == null) {
            return Type.MIXED;
        }
        BuiltinClass.Member<BuiltinClass.MethodVariant> bm = fn.env.builtins().method(builtinClass, method);
        BuiltinClass.MethodVariant v = bm == null ? null : bm.nearestVariant(fn.env.versions().max());
        if (v == null || v.returns() == null) {
            return Type.MIXED;
        }
        return bindStatic(fn.env.notation(v.returns()), receiver);
    }

    /** The first class up the parents of {@code cls} that PHP itself defines, or null. */
    private String builtinAncestor(String cls) {
        String c = cls;
        for (int depth = 0; c != null && depth < 64; depth++) {
            if (fn.env.index().clazz(c) == null) {
                return fn.env.builtins().clazz(c) != null ? c : null;
            }
            c = fn.env.index().clazz(c).parent();
        }
        return null;
    }

    /** `static` and `$this` in a declared return type are the receiver's class. */
    private static Type bindStatic(Type declared, Type receiver) {
        if (!argus.types.TypeMap.any(declared, t -> t instanceof Type.StaticType)) {
            return declared;
        }
        return argus.types.TypeMap.map(declared, t -> t instanceof Type.StaticType ? receiver : t);
    }

    Type newObject(Expr.New n) {
        if (n.cls() instanceof Expr e) {
            exprs().type(e);
            exprs().args(n.args());
            return Type.OBJECT;
        }
        List<Type> args = exprs().args(n.args());
        // A constructor is a call like any other.
        exprs().setState(exprs().state().afterCall());
        forgetPathsOfArguments(n.args());
        Name name = (Name) n.cls();
        if (name.is("static")) {
            return fn.thisType != null ? fn.thisType : Type.OBJECT;
        }
        String cls = fn.resolveClassName(name);
        guard(n, "#class:", java.util.Collections.singletonList(cls), true);
        return cls == null ? Type.OBJECT : Invocations.newInstance(fn.env, cls, n.args(), args);
    }

    // ------------------------------------------------------------------ properties and constants

    Type propertyFetch(Expr.PropertyFetch n) {
        boolean isObject = exprs().linkIsObject();
        boolean[] shortCircuit = {false};
        Type object = exprs().objectOfChain(n.object(), shortCircuit);
        if (n.nullsafe() && Types.containsNull(object)) {
            shortCircuit[0] = true;
            object = Types.removeNull(object);
        }
        return exprs().endOfLink(propertyResult(n, object), shortCircuit[0], isObject);
    }

    private Type propertyResult(Expr.PropertyFetch n, Type object) {
        if (n.name() instanceof Expr dynamic) {
            exprs().type(dynamic);
            return Type.MIXED;
        }
        String path = ExprFlow.pathOf(n);
        if (path != null && exprs().state().knows(path)) {
            return exprs().state().type(path);
        }
        String prop = ((Identifier) n.name()).name();
        Type result = Type.NEVER;
        boolean any = false;
        for (Type cls : objectParts(object)) {
            any = true;
            result = Types.join(result, propertyType(cls, prop));
        }
        return any ? result : Type.MIXED;
    }

    /** A property's declared or documented type, as seen from an object of type {@code receiver}. */
    private Type propertyType(Type receiver, String prop) {
        String cls = className(receiver);
        if (cls == null) {
            return Type.MIXED;
        }
        Symbols.Property p = fn.env.index().findProperty(cls, prop);
        if (p != null) {
            Type t = fn.env.propertyType(p);
            return Generics.substitute(t, Invocations.classBindings(fn.env, receiver, p.declaringClass()));
        }
        Symbols.Class declared = fn.env.index().clazz(cls);
        if (declared != null && declared.kind() == argus.ast.Stmt.ClassKind.ENUM) {
            if (prop.equals("name")) {
                return Type.NON_EMPTY_STRING;
            }
            if (prop.equals("value") && declared.enumBackingType() != null) {
                return fn.env.fromHint(declared.enumBackingType(), declared.origin().names(), declared.fqn());
            }
        }
        Map.Entry<String, Type> magic = Invocations.magicProperty(fn.env, cls, prop);
        if (magic != null) {
            return Generics.substitute(magic.getValue(), Invocations.classBindings(fn.env, receiver, magic.getKey()));
        }
        String builtin = builtinAncestor(cls);
        if (builtin != null) {
            BuiltinClass.Member<BuiltinClass.PropertyVariant> bp = fn.env.builtins().clazz(builtin).property(prop);
            BuiltinClass.PropertyVariant v = bp == null ? null : bp.nearestVariant(fn.env.versions().max());
            if (v != null && v.type() != null) {
                return fn.env.notation(v.type());
            }
        }
        return Type.MIXED;
    }

    Type staticProperty(Expr.StaticPropertyFetch n) {
        if (n.cls() instanceof Expr e) {
            exprs().type(e);
        }
        if (n.name() instanceof Expr e) {
            exprs().type(e);
            return Type.MIXED;
        }
        String cls = classOf(n.cls());
        return cls == null ? Type.MIXED : propertyType(new Type.Obj(cls), ((Identifier) n.name()).name());
    }

    Type classConstant(Expr.ClassConstFetch n) {
        if (n.cls() instanceof Expr e) {
            exprs().type(e);
        }
        if (n.name() instanceof Expr e) {
            exprs().type(e);
            return Type.MIXED;
        }
        String name = ((Identifier) n.name()).name();
        String cls = classOf(n.cls());
        guard(n, "#class:", java.util.Collections.singletonList(cls), true);
        if (name.equalsIgnoreCase("class")) {
            return cls == null ? Type.STRING : new Type.ClassString(new Type.Obj(cls));
        }
        if (cls == null) {
            return Type.MIXED;
        }
        Symbols.Class c = fn.env.index().clazz(cls);
        if (c != null && c.cases().containsKey(name)) {
            return new Type.Obj(c.fqn());
        }
        Symbols.ClassConst k = fn.env.index().findConstant(cls, name);
        if (k != null) {
            return literalOf(k.value());
        }
        return Type.MIXED;
    }

    Type constant(Expr.ConstFetch n) {
        guard(n, "#constant:", fn.names.constantCandidates(n.name()), false);
        for (String candidate : fn.names.constantCandidates(n.name())) {
            Symbols.Constant c = fn.env.index().constant(candidate);
            if (c != null) {
                return literalOf(c.value());
            }
            BuiltinConstant b = candidate.indexOf('\\') < 0 ? fn.env.builtins().constant(candidate) : null;
            if (b != null) {
                BuiltinConstant.Variant v = b.nearestVariant(fn.env.versions().max());
                return v == null || v.type() == null ? Type.MIXED : fn.env.notation(v.type());
            }
        }
        return Type.MIXED;
    }

    /** The type of a constant's value when it is written as a literal; otherwise unknown. */
    private static Type literalOf(Expr value) {
        if (value instanceof Expr.IntLit i) {
            return new Type.IntLit(i.value());
        }
        if (value instanceof Expr.StringLit s) {
            return ExprFlow.stringType(s.value());
        }
        if (value instanceof Expr.BoolLit b) {
            return b.value() ? Type.TRUE : Type.FALSE;
        }
        if (value instanceof Expr.NullLit) {
            return Type.NULL;
        }
        if (value instanceof Expr.FloatLit) {
            return Type.FLOAT;
        }
        return Type.MIXED;
    }

    /** The class a `X::` refers to, or null when it is computed at run time. */
    private String classOf(NameOrExpr cls) {
        if (cls instanceof Name name) {
            if (name.is("static") && fn.thisType != null) {
                Type t = fn.thisType;
                return className(t);
            }
            return fn.resolveClassName(name);
        }
        Type t = exprs().type((Expr) cls);
        return t instanceof Type.Obj o ? o.name() : null;
    }
}
