package argus.ast;

import java.util.List;

/** A declaration that carries a docblock and attributes: functions, classes, members. */
public interface Decl {
    /** The `/** ... *&#47;` just before the declaration, or null. */
    String docComment();

    List<Part.AttributeGroup> attributes();
}
