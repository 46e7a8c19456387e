package argus.ast;

import argus.source.Span;

/** A plain name that is never resolved against namespaces: members, labels, parameters (without `$`). */
public record Identifier(Span span, String name) implements MemberName {
    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitIdentifier(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
