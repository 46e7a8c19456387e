package argus.flow;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.index.NameContext;
import argus.types.Type;
import argus.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The flow analysis of one file: its top-level code, every function and method body, and the
 * closures inside them (each analysed where it is created, with the variables it captures).
 * Produces the file's {@link FlowFacts}.
 */
public final class FlowAnalysis {
    private final TypeEnv env;
    private final FlowFacts facts;
    private final boolean recordStates;
    private final ParseResult file;
    /** How many levels of callees without a declared return type may still be inferred from here. */
    private final int depth;
    final InlineDocs inline;

    private FlowAnalysis(ParseResult file, TypeEnv env, boolean recordStates, int depth) {
        this.file = file;
        this.env = env;
        this.facts = new FlowFacts(recordStates || depth == ReturnInference.DEPTH ? file.source().bytes().length : 0);
        this.inline = env.isDeclaredOnly() ? InlineDocs.NONE : InlineDocs.of(file);
        this.recordStates = recordStates;
        this.depth = depth;
    }

    public static FlowFacts analyse(ParseResult file, TypeEnv env) {
        return analyse(file, env, false);
    }

    /** @param recordStates keep the state before every statement (for --dump-types and tests; costs memory) */
    public static FlowFacts analyse(ParseResult file, TypeEnv env, boolean recordStates) {
        FlowAnalysis a = new FlowAnalysis(file, env, recordStates, ReturnInference.DEPTH);
        for (Unit u : a.units(file.statements())) {
            u.analyse().run();
        }
        return a.facts;
    }

    /**
     * The same facts as {@link #analyse}, but each unit (a namespace's top-level code, a
     * function, a class) is analysed only when a question first touches a node inside it.
     * For a second view that a few candidate findings consult (the declared-only flow):
     * most functions of a file hold none. Units share nothing but the facts they write, so
     * a unit's facts do not depend on which others ran.
     */
    public static FlowFacts onDemand(ParseResult file, TypeEnv env) {
        FlowAnalysis a = new FlowAnalysis(file, env, false, ReturnInference.DEPTH);
        a.facts.units = new FlowFacts.Units(a.units(file.statements()));
        return a.facts;
    }

    /** A part of the file analysed as a whole, and the source range it covers. */
    record Unit(int start, int end, Runnable analyse) {
    }

    /** The declaration whose return type this analysis infers, and what its recursive calls are assumed to return. */
    private Object inferring;
    private Type assumedReturn = Type.MIXED;
    private boolean calledItself;

    /**
     * An analysis of one declaration of {@code file}, {@code decl}, for what it returns; its
     * facts are thrown away. Its calls of itself return {@code assumed}.
     */
    static FlowAnalysis forInference(ParseResult file, TypeEnv env, int depth, Object decl, Type assumed) {
        FlowAnalysis a = new FlowAnalysis(file, env, false, depth);
        a.inferring = decl;
        a.assumedReturn = assumed;
        return a;
    }

    Object inferring() {
        return inferring;
    }

    Type assumedReturn() {
        calledItself = true;
        return assumedReturn;
    }

    boolean calledItself() {
        return calledItself;
    }

    boolean recordsStates() {
        return recordStates;
    }

    TypeEnv env() {
        return env;
    }

    ParseResult file() {
        return file;
    }

    int depth() {
        return depth;
    }

    /** What a function or method of this file returns, analysed in the context its symbol records. */
    Type returnOf(argus.ast.Node decl, NameContext names, String cls, boolean isStatic) {
        if (decl instanceof Stmt.FunctionDecl f) {
            FunctionFlow outer = new FunctionFlow(this, env, names, null, null, facts, Map.of());
            return function(f, outer, f.params(), f.returnType(), f.docComment(), f.body());
        }
        Member.Method m = (Member.Method) decl;
        Type thisType = isStatic ? null : new Type.StaticType(cls);
        FunctionFlow outer = new FunctionFlow(this, env, names, cls, thisType, facts, env.classDocs(cls).templates());
        return function(m, outer, m.params(), m.returnType(), m.docComment(), m.body());
    }

    /** Analyses one function body in the context of {@code outer} (names, class, templates); what it returns. */
    private Type function(argus.ast.Node node, FunctionFlow outer, List<Part.Param> params,
                          argus.ast.TypeHint returnType, String doc, List<Stmt> body) {
        FnSig sig = outer.signature(params, returnType, doc);
        FunctionFlow flow = new FunctionFlow(this, env, outer.names, outer.selfClass, outer.thisType, facts,
                with(outer.templates, sig.templates()));
        FlowState end = flow.block(body, flow.enter(sig, FlowState.entry()));
        end(node, end);
        return flow.inferredReturn(end);
    }

    /** The file's units in the order a whole analysis runs them: per namespace, top-level code, functions, classes. */
    private List<Unit> units(List<Stmt> statements) {
        List<Unit> out = new ArrayList<>();
        boolean namespaced = statements.stream().anyMatch(s -> s instanceof Stmt.Namespace);
        if (!namespaced) {
            scope(statements, argus.index.DeclarationScanner.namesOf(statements, ""), 0, Integer.MAX_VALUE, out);
            return out;
        }
        for (Stmt s : statements) {
            if (s instanceof Stmt.Namespace ns) {
                scope(ns.body(), argus.index.DeclarationScanner.namesOf(ns.body(),
                        ns.name() == null ? "" : ns.name().text()), ns.span().start(), ns.span().end(), out);
            } else {
                scope(List.of(s), NameContext.GLOBAL, s.span().start(), s.span().end(), out);
            }
        }
        return out;
    }

    /** A namespace's top-level code, then every declaration in it. */
    private void scope(List<Stmt> statements, NameContext names, int start, int end, List<Unit> out) {
        FunctionFlow top = new FunctionFlow(this, env, names, null, null, facts, Map.of());
        out.add(new Unit(start, end, () -> top.block(statements, FlowState.entry())));
        FileDeclarations declared = FileDeclarations.of(file);
        for (Stmt.FunctionDecl f : declared.functions(start, end)) {
            out.add(new Unit(f.span().start(), f.span().end(),
                    () -> function(f, top, f.params(), f.returnType(), f.docComment(), f.body())));
        }
        for (Stmt.ClassLike c : declared.classes(start, end)) {
            classUnits(c, names, out);
        }
    }

    /** A class's units: each method with a body, and each property's defaults. */
    private void classUnits(Stmt.ClassLike c, NameContext names, List<Unit> out) {
        Members m = classMembers(c, names);
        for (Member member : c.members()) {
            if (member instanceof Member.Method || member instanceof Member.Property) {
                out.add(new Unit(member.span().start(), member.span().end(), () -> member(member, m)));
            }
        }
    }

    private void classLike(Stmt.ClassLike c, NameContext names) {
        Members m = classMembers(c, names);
        for (Member member : c.members()) {
            member(member, m);
        }
    }

    /** The contexts a class's members are analysed in: static ones, and instance ones with `$this`. */
    private record Members(FunctionFlow statics, FunctionFlow instance) {
    }

    private Members classMembers(Stmt.ClassLike c, NameContext names) {
        String fqn = c.name() == null ? null : names.declared(c.name().name());
        Map<String, Type.TemplateParam> classTemplates = fqn == null ? Map.of() : env.classDocs(fqn).templates();
        FunctionFlow members = new FunctionFlow(this, env, names, fqn, null, facts, classTemplates);
        FunctionFlow instance = new FunctionFlow(this, env, names, fqn, fqn == null ? Type.OBJECT : new Type.StaticType(fqn),
                facts, classTemplates);
        return new Members(members, instance);
    }

    private void member(Member m, Members in) {
        if (m instanceof Member.Method method && method.body() != null) {
            function(method, method.modifiers().isStatic() ? in.statics() : in.instance(), method.params(),
                    method.returnType(), method.docComment(), method.body());
        } else if (m instanceof Member.Property p) {
            for (Part.PropertyItem item : p.items()) {
                if (item.defaultValue() != null) {
                    in.statics().exprs.eval(item.defaultValue(), FlowState.entry());
                }
            }
        }
    }

    private static Map<String, Type.TemplateParam> with(Map<String, Type.TemplateParam> outer,
                                                       Map<String, Type.TemplateParam> own) {
        if (own.isEmpty()) {
            return outer;
        }
        Map<String, Type.TemplateParam> all = new java.util.LinkedHashMap<>(outer);
        all.putAll(own);
        return all;
    }

    /**
     * A closure or arrow function, analysed with the state it captures from {@code parent};
     * its type is a Closure with its parameters and what it returns.
     */
    Type nested(Expr fnExpr, FlowState outer, FunctionFlow parent) {
        if (fnExpr instanceof Expr.Closure c) {
            Type thisType = c.isStatic() ? null : parent.thisType;
            FunctionFlow flow = new FunctionFlow(this, env, parent.names, parent.selfClass, thisType, facts, parent.templates);
            FlowState entry = FlowState.entry();
            for (Part.ClosureUse use : c.uses()) {
                entry = entry.with(use.var().name(), use.byRef() ? Type.MIXED : outer.type(use.var().name()));
            }
            parent.exprs.setState(capturedByReference(c, parent.exprs.state()));
            FnSig sig = flow.signature(c.params(), c.returnType(), null);
            FlowState end = flow.block(c.body(), flow.enter(sig, entry));
            end(c, end);
            return closureType(sig, sig.returnKnown() ? sig.returns() : flow.inferredReturn(end));
        }
        if (fnExpr instanceof Expr.ArrowFunction a) {
            Type thisType = a.isStatic() ? null : parent.thisType;
            FunctionFlow flow = new FunctionFlow(this, env, parent.names, parent.selfClass, thisType, facts, parent.templates);
            // An arrow function sees the outer variables by value, as they are when it is created.
            FlowState entry = outer.reachable() ? outer : FlowState.entry();
            FnSig sig = flow.signature(a.params(), a.returnType(), null);
            ExprFlow.Typed body = flow.exprs.eval(a.body(), flow.enter(sig, entry));
            Type returns = sig.returnKnown() ? sig.returns() : body.state().reachable() ? body.type() : Type.NEVER;
            return closureType(sig, returns);
        }
        return env.notation("Closure");
    }

    /**
     * A variable a closure takes by reference exists from then on (null if it did not) and
     * changes whenever the closure runs: after any call.
     */
    private static FlowState capturedByReference(Expr.Closure c, FlowState st) {
        FlowState out = st;
        for (Part.ClosureUse use : c.uses()) {
            if (use.byRef() && out.reachable()) {
                String name = use.var().name();
                FlowState.Var v = out.get(name);
                out = out.with(name, v.defined() == argus.types.Trilean.NO ? Type.NULL : v.type())
                        .with(FlowState.VOLATILE + name, Type.TRUE);
            }
        }
        return out;
    }

    private static Type closureType(FnSig sig, Type returns) {
        List<Type.Param> params = new ArrayList<>();
        for (FnSig.P p : sig.params()) {
            params.add(new Type.Param(p.type(), p.optional() && !p.variadic(), p.variadic(), p.byRef()));
        }
        return Types.normalize(new Type.ClosureType(new Type.Sig(params, returns)));
    }

    /** Records whether a path runs off the end of a function body (an implicit `return;`). */
    private void end(argus.ast.Node function, FlowState atEnd) {
        if (atEnd.reachable()) {
            facts.fallsOffEnd.add(function);
        }
    }

    /** An anonymous class's methods, analysed where the class is created. */
    void anonymousClass(Stmt.ClassLike c, NameContext names) {
        classLike(c, names);
    }
}
