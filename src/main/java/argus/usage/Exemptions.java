package argus.usage;

import argus.ast.Decl;
import argus.ast.Part;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Declarations that are used by their form alone, whatever the project's code does: code
 * marked as public API ({@code @api}, as Psalm reads it, and its {@code @psalm-} and
 * {@code @phpstan-} spellings), and code carrying an attribute a framework reads to call it
 * (routes, event listeners, console commands, test methods), which argus cannot follow.
 */
final class Exemptions {
    private static final Pattern API = Pattern.compile("@(?:psalm-|phpstan-)?api(?![\\w-])");
    /** Attributes that only inform PHP or tools; any other attribute is taken for framework wiring. */
    private static final Set<String> PLAIN_ATTRIBUTES = Set.of("attribute", "returntypewillchange",
            "allowdynamicproperties", "sensitiveparameter", "override", "deprecated", "nodiscard");

    private Exemptions() {
    }

    static boolean declared(Decl d) {
        return api(d.docComment()) || attributed(d.attributes());
    }

    static boolean api(String docComment) {
        return docComment != null && API.matcher(docComment).find();
    }

    static boolean attributed(List<Part.AttributeGroup> groups) {
        for (Part.AttributeGroup g : groups) {
            for (Part.Attribute a : g.attributes()) {
                // By the last segment: `#[Override]` in a namespace resolves to a name PHP itself falls back from.
                if (!PLAIN_ATTRIBUTES.contains(a.name().last().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
