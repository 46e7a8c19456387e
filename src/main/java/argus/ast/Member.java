package argus.ast;

import argus.source.Span;
import java.util.List;

/** Members of a class, interface, trait or enum. */
public sealed interface Member extends Node {

    /** body null for abstract and interface methods; returnType nullable. */
    record Method(Span span, String docComment, List<Part.AttributeGroup> attributes, Modifiers modifiers,
                  Identifier name, boolean byRef, List<Part.Param> params, TypeHint returnType,
                  List<Stmt> body) implements Member, Decl {
        public Method {
            attributes = List.copyOf(attributes);
            params = List.copyOf(params);
            body = body == null ? null : List.copyOf(body);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitMethod(this); }
    }

    /** `public int $a = 1, $b;` or one hooked property (8.4). type nullable. */
    record Property(Span span, String docComment, List<Part.AttributeGroup> attributes, Modifiers modifiers,
                    TypeHint type, List<Part.PropertyItem> items, List<Part.PropertyHook> hooks)
            implements Member, Decl {
        public Property {
            attributes = List.copyOf(attributes);
            items = List.copyOf(items);
            hooks = List.copyOf(hooks);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitProperty(this); }
    }

    /** `const A = 1;`, `final public const int B = 2;` (typed since 8.3). type nullable. */
    record ClassConst(Span span, String docComment, List<Part.AttributeGroup> attributes, Modifiers modifiers,
                      TypeHint type, List<Part.ConstItem> items) implements Member, Decl {
        public ClassConst {
            attributes = List.copyOf(attributes);
            items = List.copyOf(items);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitClassConst(this); }
    }

    record TraitUse(Span span, List<Name> traits, List<Part> rules) implements Member {
        public TraitUse {
            traits = List.copyOf(traits);
            rules = List.copyOf(rules);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitTraitUse(this); }
    }

    /** value null for a pure enum case. */
    record EnumCase(Span span, String docComment, List<Part.AttributeGroup> attributes, Identifier name,
                    Expr value) implements Member, Decl {
        public EnumCase { attributes = List.copyOf(attributes); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitEnumCase(this); }
    }
}
