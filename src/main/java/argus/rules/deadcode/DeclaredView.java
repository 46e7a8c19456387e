package argus.rules.deadcode;

import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.flow.FlowFacts;
import argus.flow.TypeEnv;
import argus.flow.VariableUses;
import argus.index.NameContext;
import argus.index.SymbolIndex;
import argus.rules.Scope;
import argus.config.PhpVersionRange;
import argus.source.SourceFile;

/**
 * A scope whose flow is the declared-only one ({@link Scope#declaredFlow()}: native types, PHP's
 * signatures, the code; no docblock, no inferred return type), so that a verdict can be asked
 * of both views and kept only when they agree.
 */
final class DeclaredView implements Scope {
    private final Scope of;

    DeclaredView(Scope of) {
        this.of = of;
    }

    @Override
    public SourceFile source() {
        return of.source();
    }

    @Override
    public PhpVersionRange phpVersions() {
        return of.phpVersions();
    }

    @Override
    public SymbolIndex index() {
        return of.index();
    }

    @Override
    public TypeEnv types() {
        return of.types();
    }

    @Override
    public FlowFacts flow() {
        return of.declaredFlow();
    }

    @Override
    public FlowFacts declaredFlow() {
        return of.declaredFlow();
    }

    @Override
    public int level() {
        return of.level();
    }

    @Override
    public <T> T fileFact(Class<T> kind, java.util.function.Function<argus.ast.ParseResult, T> compute) {
        return of.fileFact(kind, compute);
    }

    /** Not kept: the file's scope keeps the facts of its own view. */
    @Override
    public <T> T nodeFact(Class<?> owner, argus.ast.Node node, java.util.function.Supplier<T> compute) {
        return compute.get();
    }

    @Override
    public NameContext names() {
        return of.names();
    }

    @Override
    public NameContext namesAt(int offset) {
        return of.namesAt(offset);
    }

    @Override
    public Stmt.ClassLike enclosingClass() {
        return of.enclosingClass();
    }

    @Override
    public String enclosingClassName() {
        return of.enclosingClassName();
    }

    @Override
    public Node enclosingFunction() {
        return of.enclosingFunction();
    }

    @Override
    public boolean strictTypes() {
        return of.strictTypes();
    }

    @Override
    public boolean isExistenceChecked(Expr e) {
        return of.isExistenceChecked(e);
    }

    @Override
    public boolean isWritten(Expr e) {
        return of.isWritten(e);
    }

    @Override
    public VariableUses variableUses(Node function) {
        return of.variableUses(function);
    }
}
