package argus.index;

import argus.ast.Name;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The namespace and `use` imports in force at a point of a file: enough to resolve every
 * name PHP resolves at compile time. Class names resolve fully here; unqualified function and
 * constant names keep two candidates (namespaced, then global), because PHP falls back to the
 * global one at run time and only the index knows which exists.
 *
 * @param namespace  "" for the global namespace, else e.g. "App\Models"
 * @param classUses  lower-case alias → fully qualified name, from `use A\B [as C];`
 * @param functionUses lower-case alias → name, from `use function ...`
 * @param constUses  alias (case-sensitive) → name, from `use const ...`
 */
public record NameContext(String namespace, Map<String, String> classUses, Map<String, String> functionUses,
                          Map<String, String> constUses) {
    public static final NameContext GLOBAL = new NameContext("", Map.of(), Map.of(), Map.of());

    /** Words in a class position that are not class names. */
    private static final Set<String> SPECIAL = Set.of("self", "static", "parent");
    /** Type names that are never classes (in declared types). */
    private static final Set<String> TYPE_KEYWORDS = Set.of("int", "float", "string", "bool", "array", "callable",
            "iterable", "object", "mixed", "void", "null", "never", "false", "true", "self", "static", "parent");

    public NameContext {
        classUses = Map.copyOf(classUses);
        functionUses = Map.copyOf(functionUses);
        constUses = Map.copyOf(constUses);
    }

    /** The fully qualified class name (no leading `\`); self/static/parent stay as written (lower case). */
    public String resolveClass(Name name) {
        return resolveClass(name.text(), name.kind());
    }

    public String resolveClass(String text, Name.Kind kind) {
        switch (kind) {
            case FULLY_QUALIFIED:
                return text;
            case RELATIVE:
                return prefixed(text);
            case UNQUALIFIED: {
                String lower = text.toLowerCase(Locale.ROOT);
                if (SPECIAL.contains(lower)) {
                    return lower;
                }
                String imported = classUses.get(lower);
                return imported != null ? imported : prefixed(text);
            }
            default: {
                int slash = text.indexOf('\\');
                String imported = classUses.get(text.substring(0, slash).toLowerCase(Locale.ROOT));
                return imported != null ? imported + text.substring(slash) : prefixed(text);
            }
        }
    }

    /** A name in a declared type: a type keyword (lower case) or a resolved class name. */
    public String resolveTypeName(Name name) {
        if (name.kind() == Name.Kind.UNQUALIFIED && TYPE_KEYWORDS.contains(name.text().toLowerCase(Locale.ROOT))) {
            return name.text().toLowerCase(Locale.ROOT);
        }
        return resolveClass(name);
    }

    /** Candidate function names, most specific first: `f` in `namespace A` is A\f, else f. */
    public List<String> functionCandidates(Name name) {
        return candidates(name, functionUses.get(name.text().toLowerCase(Locale.ROOT)));
    }

    public List<String> constantCandidates(Name name) {
        return candidates(name, constUses.get(name.text()));
    }

    private List<String> candidates(Name name, String imported) {
        switch (name.kind()) {
            case FULLY_QUALIFIED:
                return List.of(name.text());
            case RELATIVE:
                return List.of(prefixed(name.text()));
            case QUALIFIED:
                // The first segment of a qualified function or constant name is resolved by class imports.
                return List.of(resolveClass(name.text(), Name.Kind.QUALIFIED));
            default:
                if (imported != null) {
                    return List.of(imported);
                }
                return namespace.isEmpty() ? List.of(name.text()) : List.of(prefixed(name.text()), name.text());
        }
    }

    private String prefixed(String text) {
        return namespace.isEmpty() ? text : namespace + "\\" + text;
    }

    /** The fully qualified name of something declared here. */
    public String declared(String shortName) {
        return prefixed(shortName);
    }
}
