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
            exprs().type((Expr) n.callee());
            exprs().args(n.args());
            return Type.MIXED;
        }
        String lower = name.last().toLowerCase(Locale.ROOT);
        if (name.kind() != Name.Kind.QUALIFIED && special(lower, n)) {
            return specialResult(lower, n);
        }
        Symbols.Function user = fn.env.userFunction(name, fn.names);
        BuiltinFunction builtin = user == null ? fn.env.builtinFunction(name, fn.names) : null;
        if (n.callableRef()) {
            return fn.env.notation("Closure");
        }
        List<Type> byRef = user != null ? userByRef(user.signature())
                : builtin != null ? builtinByRef(builtin) : null;
        List<Type> args = argsByRef(n.args(), byRef);
        if (user != null) {
            forgetPathsOfArguments(n.args());
            return neverReturns(fn.env.fromHint(user.signature().returnType(), user.origin().names(), null));
        }
        if (builtin == null) {
            return Type.MIXED;
        }
        outParams(builtin, n.args());
        return neverReturns(outputBuffering(lower, byArgument(builtin, args, fn.env.builtinReturn(builtin))));
    }

    /** A name no PHP variable can have: whether an output buffer started by this function is active. */
    private static final String BUFFERING = "\0ob";

    /**
     * `ob_get_contents()` and friends return false only when no output buffer is active; after
     * an `ob_start()` on every path to the call, they return a string.
     */
    private Type outputBuffering(String lower, Type result) {
        FlowState st = exprs().state();
        switch (lower) {
            case "ob_start":
                exprs().setState(st.with(BUFFERING, Type.TRUE));
                return result;
            case "ob_get_contents", "ob_get_length":
                return st.knows(BUFFERING) && st.get(BUFFERING).defined() == argus.types.Trilean.YES
                        ? Types.remove(result, Type.FALSE) : result;
            case "ob_get_clean", "ob_get_flush":
                exprs().setState(st.without(BUFFERING));
                return st.knows(BUFFERING) && st.get(BUFFERING).defined() == argus.types.Trilean.YES
                        ? Types.remove(result, Type.FALSE) : result;
            case "ob_end_clean", "ob_end_flush":
                exprs().setState(st.without(BUFFERING));
                return result;
            default:
                return result;
        }
    }

    // ------------------------------------------------------------------ by-reference arguments

    /**
     * Evaluates a call's arguments, those passed by reference as writes: `f($out)` with
     * `function f(&$out)` neither reads $out (no "undefined variable") nor leaves it as it was.
     * {@code byRef} gives, by position, null for a parameter taken by value, else the type the
     * variable has after the call (the last entry repeats for a variadic); null as a whole when
     * the callee is unknown, in which case a variable not yet defined is taken as created by it.
     */
    private List<Type> argsByRef(List<Part.Arg> args, List<Type> byRef) {
        List<Type> out = new ArrayList<>(args.size());
        List<Expr> written = new ArrayList<>();
        List<Type> after = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            Type ref = a.name() == null && !a.unpack() && byRef != null && !byRef.isEmpty()
                    ? byRef.get(Math.min(i, byRef.size() - 1)) : null;
            boolean refTarget = a.value() instanceof Expr.Variable || a.value() instanceof Expr.Index
                    || a.value() instanceof Expr.PropertyFetch || a.value() instanceof Expr.StaticPropertyFetch;
            if (ref != null && refTarget) {
                out.add(exprs().peek(a.value(), exprs().state()).type());
                written.add(a.value());
                after.add(ref);
            } else if (byRef == null && a.value() instanceof Expr.Variable v && !exprs().state().knows(v.name())
                    && !v.name().equals("this")) {
                // An unknown callee may take it by reference and create it.
                out.add(Type.MIXED);
                written.add(a.value());
                after.add(Type.MIXED);
            } else {
                out.add(exprs().type(a.value()));
            }
        }
        for (int i = 0; i < written.size(); i++) {
            Assignments.assign(exprs(), written.get(i), after.get(i));
        }
        return out;
    }

    /** User code may store anything in a reference parameter: PHP checks its type on entry only. */
    private static List<Type> userByRef(Symbols.Signature sig) {
        List<Type> out = new ArrayList<>();
        for (Symbols.Param p : sig.params()) {
            out.add(p.byRef() ? Type.MIXED : null);
        }
        if (!sig.variadic()) {
            out.add(null);
        }
        return out;
    }

    private List<Type> builtinByRef(BuiltinFunction f) {
        var sig = f.signatureIn(fn.env.versions().max());
        return sig == null ? null : builtinParamsByRef(sig.params());
    }

    /** PHP's own functions keep to their declared types: `sort(array &$array)` leaves an array. */
    private List<Type> builtinParamsByRef(List<argus.index.Param> params) {
        List<Type> out = new ArrayList<>();
        for (argus.index.Param p : params) {
            out.add(!p.byRef() ? null : p.type() == null ? Type.MIXED : fn.env.notation(p.type()));
        }
        if (params.isEmpty() || !params.get(params.size() - 1).variadic()) {
            out.add(null);
        }
        return out;
    }

    /** Which parameters of a method take references, or null when the method is unknown. */
    private List<Type> methodByRef(String cls, String method) {
        if (cls == null) {
            return null;
        }
        Symbols.Method m = fn.env.index().findMethod(cls, method);
        if (m != null) {
            return userByRef(m.signature());
        }
        String builtinClass = builtinAncestor(cls);
        if (builtinClass == null) {
            if (method.equalsIgnoreCase("__construct") && fn.env.index().clazz(cls) != null
                    && fn.env.index().hierarchyComplete(cls)) {
                // No constructor anywhere up the (fully known) parents: `new Foo(...)` takes nothing by reference.
                return java.util.Collections.singletonList(null);
            }
            return null;
        }
        BuiltinClass.Member<BuiltinClass.MethodVariant> bm = fn.env.builtins().method(builtinClass, method);
        BuiltinClass.MethodVariant v = bm == null ? null : bm.nearestVariant(fn.env.versions().max());
        return v == null ? null : builtinParamsByRef(v.params());
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

    /**
     * `preg_match($re, $s, $matches)` fills $matches: by-reference outputs typed by the built-in
     * data; other by-reference parameters create their variable with an unknown value.
     */
    private void outParams(BuiltinFunction f, List<Part.Arg> args) {
        java.util.Set<Integer> typed = new java.util.HashSet<>();
        for (FunctionFacts.OutParam out : f.facts().outParams()) {
            if (out.param() < args.size()) {
                typed.add(out.param());
                Expr target = args.get(out.param()).value();
                if (Narrowing.key(target) != null || target instanceof Expr.Index) {
                    Assignments.assign(exprs(), target, fn.env.notation(out.type()));
                }
            }
        }
        var sig = f.signatureIn(fn.env.versions().max());
        if (sig == null) {
            return;
        }
        for (int i = 0; i < sig.params().size() && i < args.size(); i++) {
            var p = sig.params().get(i);
            String var = ExprFlow.varName(args.get(i).value());
            if (p.byRef() && !p.preferRef() && !typed.contains(i) && var != null && !exprs().state().knows(var)) {
                Assignments.assign(exprs(), args.get(i).value(), Type.MIXED);
            }
        }
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
        Type receiver = exprs().type(n.object());
        if (n.name() instanceof Expr dynamic) {
            exprs().type(dynamic);
        }
        List<Type> byRef = null;
        if (n.name() instanceof Identifier id && !n.callableRef()) {
            List<Type> parts = objectParts(receiver);
            byRef = parts.size() == 1 ? methodByRef(className(parts.get(0)), id.name()) : null;
        }
        argsByRef(n.args(), byRef);
        String target = ExprFlow.varName(n.object());
        if (target != null) {
            // A method may change its object's properties.
            exprs().setState(exprs().state().forgetPathsOf(target));
        }
        forgetPathsOfArguments(n.args());
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
            result = Types.join(result, methodReturn(cls, method.name()));
        }
        if (!any) {
            return Type.MIXED;
        }
        if (n.nullsafe() && Types.containsNull(receiver)) {
            result = Types.join(result, Type.NULL);
        }
        return neverReturns(result);
    }

    Type staticCall(Expr.StaticCall n) {
        String cls = classOf(n.cls());
        if (n.name() instanceof Expr dynamic) {
            exprs().type(dynamic);
        }
        argsByRef(n.args(), n.name() instanceof Identifier id && !n.callableRef() ? methodByRef(cls, id.name()) : null);
        if (cls != null && (cls.equalsIgnoreCase(fn.selfClass) || isParentOrSelf(n.cls()))) {
            exprs().setState(exprs().state().forgetPathsOf("this"));
        }
        if (n.callableRef()) {
            return fn.env.notation("Closure");
        }
        if (cls == null || !(n.name() instanceof Identifier method)) {
            return Type.MIXED;
        }
        Type receiver = isStatic(n.cls()) && fn.thisType != null ? fn.thisType : new Type.Obj(cls);
        return neverReturns(methodReturn(receiver, method.name()));
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

    private Type methodReturn(Type receiver, String method) {
        String cls = className(receiver);
        if (cls == null) {
            return Type.MIXED;
        }
        Symbols.Method m = fn.env.index().findMethod(cls, method);
        if (m != null) {
            Type declared = fn.env.fromHint(m.signature().returnType(), m.origin().names(), m.declaringClass());
            return bindStatic(declared, receiver);
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
        if (declared instanceof Type.StaticType) {
            return receiver;
        }
        if (declared instanceof Type.Union u && u.members().stream().anyMatch(m -> m instanceof Type.StaticType)) {
            List<Type> parts = new ArrayList<>();
            u.members().forEach(m -> parts.add(m instanceof Type.StaticType ? receiver : m));
            return Types.joinAll(parts);
        }
        return declared;
    }

    Type newObject(Expr.New n) {
        if (n.cls() instanceof Expr e) {
            exprs().type(e);
            exprs().args(n.args());
            return Type.OBJECT;
        }
        Name name = (Name) n.cls();
        argsByRef(n.args(), name.is("static") ? null : methodByRef(fn.resolveClassName(name), "__construct"));
        if (name.is("static")) {
            return fn.thisType != null ? fn.thisType : Type.OBJECT;
        }
        String cls = fn.resolveClassName(name);
        return cls == null ? Type.OBJECT : new Type.Obj(cls);
    }

    // ------------------------------------------------------------------ properties and constants

    Type propertyFetch(Expr.PropertyFetch n) {
        Type object = exprs().type(n.object());
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
            result = Types.join(result, propertyType(className(cls), prop));
        }
        if (!any) {
            return Type.MIXED;
        }
        if (n.nullsafe() && Types.containsNull(object)) {
            result = Types.join(result, Type.NULL);
        }
        return result;
    }

    private Type propertyType(String cls, String prop) {
        if (cls == null) {
            return Type.MIXED;
        }
        Symbols.Property p = fn.env.index().findProperty(cls, prop);
        if (p != null) {
            if (p.type() == null) {
                return Type.MIXED;
            }
            return fn.env.fromHint(p.type(), p.origin().names(), p.declaringClass());
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
        return cls == null ? Type.MIXED : propertyType(cls, ((Identifier) n.name()).name());
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
