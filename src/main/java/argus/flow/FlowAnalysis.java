package argus.flow;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.index.NameContext;
import argus.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The flow analysis of one file: its top-level code, every function and method body, and the
 * closures inside them (each analysed where it is created, with the variables it captures).
 * Produces the file's {@link FlowFacts}.
 */
public final class FlowAnalysis {
    private final TypeEnv env;
    private final FlowFacts facts = new FlowFacts();
    private final boolean recordStates;

    private FlowAnalysis(TypeEnv env, boolean recordStates) {
        this.env = env;
        this.recordStates = recordStates;
    }

    public static FlowFacts analyse(ParseResult file, TypeEnv env) {
        return analyse(file, env, false);
    }

    /** @param recordStates keep the state before every statement (for --dump-types and tests; costs memory) */
    public static FlowFacts analyse(ParseResult file, TypeEnv env, boolean recordStates) {
        FlowAnalysis a = new FlowAnalysis(env, recordStates);
        a.file(file.statements());
        return a.facts;
    }

    boolean recordsStates() {
        return recordStates;
    }

    private void file(List<Stmt> statements) {
        boolean namespaced = statements.stream().anyMatch(s -> s instanceof Stmt.Namespace);
        if (!namespaced) {
            scope(statements, argus.index.DeclarationScanner.namesOf(statements, ""));
            return;
        }
        for (Stmt s : statements) {
            if (s instanceof Stmt.Namespace ns) {
                scope(ns.body(), argus.index.DeclarationScanner.namesOf(ns.body(),
                        ns.name() == null ? "" : ns.name().text()));
            } else {
                scope(List.of(s), NameContext.GLOBAL);
            }
        }
    }

    /** A namespace's top-level code, then every declaration in it. */
    private void scope(List<Stmt> statements, NameContext names) {
        FunctionFlow top = new FunctionFlow(this, env, names, null, null, facts);
        top.block(statements, FlowState.entry());
        for (Stmt.FunctionDecl f : declarations(statements, Stmt.FunctionDecl.class)) {
            FunctionFlow flow = new FunctionFlow(this, env, names, null, null, facts);
            end(f, flow.block(f.body(), flow.enter(f.params(), FlowState.entry())));
        }
        for (Stmt.ClassLike c : declarations(statements, Stmt.ClassLike.class)) {
            classLike(c, names);
        }
    }

    private void classLike(Stmt.ClassLike c, NameContext names) {
        String fqn = c.name() == null ? null : names.declared(c.name().name());
        for (Member m : c.members()) {
            if (m instanceof Member.Method method && method.body() != null) {
                Type thisType = method.modifiers().isStatic() ? null
                        : fqn == null ? Type.OBJECT : new Type.StaticType(fqn);
                FunctionFlow flow = new FunctionFlow(this, env, names, fqn, thisType, facts);
                end(method, flow.block(method.body(), flow.enter(method.params(), FlowState.entry())));
            } else if (m instanceof Member.Property p) {
                for (Part.PropertyItem item : p.items()) {
                    if (item.defaultValue() != null) {
                        new FunctionFlow(this, env, names, fqn, null, facts).exprs.eval(item.defaultValue(), FlowState.entry());
                    }
                }
            }
        }
    }

    /** Functions and classes declared anywhere among these statements (in blocks too), but not inside function bodies. */
    private static <T extends Stmt> List<T> declarations(List<Stmt> statements, Class<T> kind) {
        List<T> out = new ArrayList<>();
        new AstScanner() {
            @Override
            public Void visitFunctionDecl(Stmt.FunctionDecl n) {
                if (kind.isInstance(n)) {
                    out.add(kind.cast(n));
                }
                return super.visitFunctionDecl(n);
            }

            @Override
            public Void visitClassLike(Stmt.ClassLike n) {
                if (kind.isInstance(n) && n.name() != null) {
                    out.add(kind.cast(n));
                }
                return super.visitClassLike(n);
            }

            @Override
            public Void visitNamespace(Stmt.Namespace n) {
                return null;
            }

            @Override
            public Void visitNewAnonymousClass(Expr.NewAnonymousClass n) {
                // Analysed where it is created, with the names in force there.
                scan(n.args());
                return null;
            }
        }.scan(statements);
        return out;
    }

    /** A closure or arrow function, analysed with the state it captures from {@code parent}. */
    void nested(Expr fnExpr, FlowState outer, FunctionFlow parent) {
        if (fnExpr instanceof Expr.Closure c) {
            Type thisType = c.isStatic() ? null : parent.thisType;
            FunctionFlow flow = new FunctionFlow(this, env, parent.names, parent.selfClass, thisType, facts);
            FlowState entry = FlowState.entry();
            for (Part.ClosureUse use : c.uses()) {
                entry = entry.with(use.var().name(), use.byRef() ? Type.MIXED : outer.type(use.var().name()));
            }
            end(c, flow.block(c.body(), flow.enter(c.params(), entry)));
        } else if (fnExpr instanceof Expr.ArrowFunction a) {
            Type thisType = a.isStatic() ? null : parent.thisType;
            FunctionFlow flow = new FunctionFlow(this, env, parent.names, parent.selfClass, thisType, facts);
            // An arrow function sees the outer variables by value, as they are when it is created.
            FlowState entry = outer.reachable() ? outer : FlowState.entry();
            flow.exprs.eval(a.body(), flow.enter(a.params(), entry));
        }
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
