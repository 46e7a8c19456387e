package argus.rules.types;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Name;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.index.Symbols;
import argus.rules.Scope;
import argus.types.Trilean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The variable reads of each function, method and closure body whose definedness the flow
 * analysis recorded, with what it cannot see taken out: the whole body when it may create
 * variables by name (extract(), parse_str() with one argument, `$$name`, include, eval,
 * get_defined_vars()), variables passed by reference to a function of the project or to a
 * call whose target is unknown, and variables a closure captures by reference. Top-level code
 * is never judged: an included template gets its variables from the code including it.
 * Each variable is reported at its first doubtful read in a body only.
 */
final class VariableReads {
    private VariableReads() {
    }

    /** Calls {@code report} with each first read of a variable whose definedness is {@code wanted}. */
    static void check(ParseResult file, Scope scope, Trilean wanted, BiConsumer<Expr.Variable, String> report) {
        Doubtful doubtful = scope.fileFact(Doubtful.class, f -> Doubtful.of(f, scope));
        for (Expr.Variable v : wanted == Trilean.NO ? doubtful.undefined() : doubtful.maybe()) {
            report.accept(v, v.name());
        }
    }

    /**
     * The first read per body of each variable surely undefined there, and of each maybe
     * undefined: found once per file for both rules (UndefinedVariable, PossiblyUndefinedVariable).
     */
    private record Doubtful(List<Expr.Variable> undefined, List<Expr.Variable> maybe) {
        static Doubtful of(ParseResult file, Scope scope) {
            Doubtful d = new Doubtful(new ArrayList<>(), new ArrayList<>());
            new AstScanner() {
                @Override
                public Void visitFunctionDecl(Stmt.FunctionDecl n) {
                    body(n.body(), scope, d);
                    return super.visitFunctionDecl(n);
                }

                @Override
                public Void visitMethod(Member.Method n) {
                    if (n.body() != null) {
                        body(n.body(), scope, d);
                    }
                    return super.visitMethod(n);
                }

                @Override
                public Void visitClosure(Expr.Closure n) {
                    body(n.body(), scope, d);
                    return super.visitClosure(n);
                }
            }.scan(file.statements());
            return d;
        }
    }

    private static void body(List<Stmt> statements, Scope scope, Doubtful out) {
        Exemptions ex = new Exemptions(scope);
        ex.scan(statements);
        if (ex.dynamic) {
            return;
        }
        Set<String> undefined = new HashSet<>();
        Set<String> maybe = new HashSet<>();
        new BodyScanner() {
            private int sheltered;

            @Override
            public Void visitVariable(Expr.Variable v) {
                if (sheltered == 0 && !v.name().equals("this") && !ex.names.contains(v.name()) && !ex.outArguments.contains(v)) {
                    Trilean defined = scope.flow().definedAt(v);
                    if (defined == Trilean.NO && undefined.add(v.name())) {
                        out.undefined().add(v);
                    } else if (defined == Trilean.MAYBE && maybe.add(v.name())) {
                        out.maybe().add(v);
                    }
                }
                return null;
            }

            // isset(), empty() and the left of ?? test for existence: PHP says nothing there.
            @Override
            public Void visitIsset(Expr.Isset n) {
                sheltered++;
                super.visitIsset(n);
                sheltered--;
                return null;
            }

            @Override
            public Void visitEmpty(Expr.Empty n) {
                sheltered++;
                super.visitEmpty(n);
                sheltered--;
                return null;
            }

            @Override
            public Void visitBinary(Expr.Binary n) {
                if (n.op() != Expr.BinaryOp.COALESCE) {
                    return super.visitBinary(n);
                }
                sheltered++;
                scan(n.left());
                sheltered--;
                scan(n.right());
                return null;
            }

            @Override
            public Void visitUnset(Stmt.Unset n) {
                return null;
            }
        }.scan(statements);
    }

    /** A walk of one body that leaves nested functions, closures and classes to their own turn. */
    private abstract static class BodyScanner extends AstScanner {
        @Override
        public Void visitFunctionDecl(Stmt.FunctionDecl n) {
            return null;
        }

        @Override
        public Void visitClosure(Expr.Closure n) {
            return null;
        }

        @Override
        public Void visitClassLike(Stmt.ClassLike n) {
            return null;
        }

        @Override
        public Void visitNewAnonymousClass(Expr.NewAnonymousClass n) {
            scan(n.args());
            return null;
        }
    }

    /** What the flow facts of a body cannot be trusted for. */
    private static final class Exemptions extends BodyScanner {
        private final Scope scope;
        final Set<String> names = new HashSet<>();
        /** Arguments at by-reference positions of built-ins: the flow defines them only after the call reads them. */
        final Set<Expr.Variable> outArguments = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean dynamic;

        Exemptions(Scope scope) {
            this.scope = scope;
        }

        @Override
        public Void visitClosure(Expr.Closure n) {
            for (Part.ClosureUse use : n.uses()) {
                if (use.byRef()) {
                    names.add(use.var().name());
                }
            }
            return null;
        }

        @Override
        public Void visitVariableVariable(Expr.VariableVariable n) {
            dynamic = true;
            return null;
        }

        @Override
        public Void visitInclude(Expr.Include n) {
            dynamic = true;
            return null;
        }

        @Override
        public Void visitEval(Expr.Eval n) {
            dynamic = true;
            return null;
        }

        @Override
        public Void visitFuncCall(Expr.FuncCall n) {
            if (!(n.callee() instanceof Name name)) {
                byReference(n.args(), null);
                return super.visitFuncCall(n);
            }
            switch (name.last().toLowerCase(Locale.ROOT)) {
                case "extract", "get_defined_vars" -> dynamic = true;
                case "parse_str" -> dynamic |= n.args().size() < 2;
                default -> {
                }
            }
            Symbols.Function user = scope.types().userFunction(name, scope.namesAt(n.span().start()));
            if (user != null) {
                byReference(n.args(), user.signature());
            } else {
                argus.index.BuiltinFunction b = scope.types().builtinFunction(name, scope.namesAt(n.span().start()));
                if (b == null) {
                    byReference(n.args(), null);
                } else {
                    builtinOut(n.args(), b);
                }
            }
            return super.visitFuncCall(n);
        }

        @Override
        public Void visitMethodCall(Expr.MethodCall n) {
            byReference(n.args(), null);
            return super.visitMethodCall(n);
        }

        @Override
        public Void visitStaticCall(Expr.StaticCall n) {
            byReference(n.args(), null);
            return super.visitStaticCall(n);
        }

        @Override
        public Void visitNew(Expr.New n) {
            byReference(n.args(), null);
            return super.visitNew(n);
        }

        private void builtinOut(List<Part.Arg> args, argus.index.BuiltinFunction b) {
            for (argus.index.Signature sig : b.variants()) {
                List<argus.index.Param> ps = sig.params();
                for (int i = 0; i < args.size() && !ps.isEmpty(); i++) {
                    argus.index.Param p = i < ps.size() ? ps.get(i) : ps.get(ps.size() - 1);
                    if ((p.byRef() || p.preferRef()) && (i < ps.size() || p.variadic())
                            && args.get(i).value() instanceof Expr.Variable v) {
                        outArguments.add(v);
                    }
                }
            }
        }

        /** Variables passed where the parameter is by reference, or may be (signature null: unknown). */
        private void byReference(List<Part.Arg> args, Symbols.Signature sig) {
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).value() instanceof Expr.Variable v && (sig == null || byRef(sig, i))) {
                    names.add(v.name());
                }
            }
        }

        private static boolean byRef(Symbols.Signature sig, int i) {
            List<Symbols.Param> ps = sig.params();
            if (ps.isEmpty()) {
                return false;
            }
            Symbols.Param p = i < ps.size() ? ps.get(i) : ps.get(ps.size() - 1);
            return p.byRef() && (i < ps.size() || p.variadic());
        }
    }
}
