package argus.ast;

import argus.source.Span;
import java.util.List;

/** A declared type: `int`, `?Foo`, `A|B`, `A&B`, `(A&B)|null`. */
public sealed interface TypeHint extends Node {

    /** A class name or a type keyword (`int`, `array`, `static`, `self`, `null`, ...). */
    record Named(Span span, Name name) implements TypeHint {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitNamedType(this); }
    }

    record Nullable(Span span, TypeHint inner) implements TypeHint {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitNullableType(this); }
    }

    record Union(Span span, List<TypeHint> types) implements TypeHint {
        public Union { types = List.copyOf(types); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitUnionType(this); }
    }

    record Intersection(Span span, List<TypeHint> types) implements TypeHint {
        public Intersection { types = List.copyOf(types); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitIntersectionType(this); }
    }
}
