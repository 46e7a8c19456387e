package argus.ast;

import argus.source.Span;

/** A node of the immutable AST. See package-info for equality and side tables. */
public sealed interface Node permits NameOrExpr, MemberName, Stmt, Member, Part, TypeHint {
    Span span();

    <R> R accept(AstVisitor<R> visitor);
}
