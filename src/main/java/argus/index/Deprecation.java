package argus.index;

import argus.ast.Part;
import argus.types.Docblock;
import java.util.List;

/** Whether a declaration is deprecated: a `@deprecated` tag or PHP 8.4's `#[\Deprecated]` attribute. */
final class Deprecation {
    private Deprecation() {
    }

    static boolean of(String docComment, List<Part.AttributeGroup> attributes, NameContext names) {
        return hasAttribute(attributes, names, "Deprecated")
                // Parsing every docblock would cost the scan dearly; the tag's text is a cheap first test.
                || docComment != null && docComment.contains("@deprecated") && Docblock.parse(docComment).isDeprecated();
    }

    /** An attribute naming the global class {@code fqn} (as resolved where it is written). */
    static boolean hasAttribute(List<Part.AttributeGroup> attributes, NameContext names, String fqn) {
        for (Part.AttributeGroup g : attributes) {
            for (Part.Attribute a : g.attributes()) {
                if (names.resolveClass(a.name()).equalsIgnoreCase(fqn)) {
                    return true;
                }
            }
        }
        return false;
    }
}
