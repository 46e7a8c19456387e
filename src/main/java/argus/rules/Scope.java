package argus.rules;

import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.config.PhpVersionRange;
import argus.flow.FlowFacts;
import argus.flow.TypeEnv;
import argus.flow.VariableUses;
import argus.index.NameContext;
import argus.index.SymbolIndex;
import argus.source.SourceFile;
import argus.types.Type;
import java.util.function.Function;

/**
 * What a rule may ask about the place it looks at. The project facts (index, types) are there
 * only for rules whose {@link RuleInfo#needs()} asks for them; the flow facts of a file are
 * computed on first use and shared by every rule looking at that file.
 */
public interface Scope {
    SourceFile source();

    /** The PHP versions the project targets. */
    PhpVersionRange phpVersions();

    /** The project's declarations (empty for syntax-only runs). */
    SymbolIndex index();

    /** The project and PHP's built-ins as types: declared types, class hierarchy, built-in signatures. */
    TypeEnv types();

    /** The flow analysis of this file (computed on the first call). */
    FlowFacts flow();

    /**
     * The flow analysis of this file through {@link TypeEnv#declaredOnly()}: native declarations,
     * PHP's signatures and the code alone (computed on the first call).
     */
    FlowFacts declaredFlow();

    /** The `--level` of the run, 1 (strictest) to 5. */
    int level();

    /** The namespace and imports in force where the current node is. */
    NameContext names();

    /** The namespace and imports in force at a byte offset of the file (for file rules). */
    NameContext namesAt(int offset);

    /** The class, interface, trait or enum (anonymous too) around the current node, or null. */
    Stmt.ClassLike enclosingClass();

    /** The fully qualified name of {@link #enclosingClass()}, null outside a class or in an anonymous one. */
    String enclosingClassName();

    /**
     * The innermost function-like around the current node: a {@code Stmt.FunctionDecl}, a
     * {@code Member.Method}, an {@code Expr.Closure} or an {@code Expr.ArrowFunction}; null in
     * top-level code.
     */
    Node enclosingFunction();

    /**
     * A fact about the whole file that several rules read (the compatibility guards): computed
     * by {@code compute} on the first request for {@code kind} and kept for the rest of the
     * file, so rules stay stateless and the work is done once.
     */
    <T> T fileFact(Class<T> kind, Function<ParseResult, T> compute);

    /**
     * A fact about one node that several rules work out when they reach it (a call's targets):
     * computed by {@code compute} (it may be null) and kept, per {@code owner}, until a request for
     * another node, since the rules of a node run one after another.
     */
    <T> T nodeFact(Class<?> owner, Node node, java.util.function.Supplier<T> compute);

    /**
     * How a function-like ({@link #enclosingFunction()}'s kinds) uses its local variables:
     * reads, references, and which assigned values some path reads. Computed once per function.
     */
    VariableUses variableUses(Node function);

    /** The file declares `strict_types=1`: no scalar coercion for the calls and returns it makes. */
    boolean strictTypes();

    /**
     * Whether PHP checks this access for existence instead of performing it: the variable,
     * index and property fetches inside `isset()`, `empty()`, the left side of `??` and the
     * target of `??=` (a null there is no error and no warning).
     */
    boolean isExistenceChecked(Expr e);

    /**
     * Whether this expression is written rather than read: an assignment target (also compound,
     * by reference, `++`/`--`, `list()` elements, `unset()`) or the base of an index written through it.
     */
    boolean isWritten(Expr e);

    /** The inferred type of an expression where it is evaluated; MIXED when unknown or unreachable. */
    default Type typeOf(Expr e) {
        return flow().typeOf(e);
    }

    /** Whether the flow analysis saw this expression evaluated on some path. */
    default boolean evaluated(Expr e) {
        return flow().evaluated(e);
    }

    /** Whether a statement is the first of a run no path reaches. */
    default boolean isFirstUnreachable(Stmt s) {
        return flow().isFirstUnreachable(s);
    }
}
