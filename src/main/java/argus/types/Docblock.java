package argus.types;

import java.util.List;
import java.util.Objects;

/**
 * The tags of one docblock, read by {@link #parse}. Types are as written: class names
 * unresolved, for the caller to resolve against the file's namespace and imports; the
 * names of templates in scope (the docblock's own {@link #templates}, and those of an
 * enclosing declaration when given) read as {@link Type.TemplateParam}s with their bounds
 * as written.
 *
 * <p>Where a tag comes in several spellings, {@code @phpstan-*} wins over {@code @psalm-*},
 * which wins over the plain tag, per slot (per parameter, per template, the return type,
 * ...), whatever their order. A tag we cannot read is left out of the typed lists and
 * listed in {@link #problems}; every tag, read or not, is in {@link #tags}. Lines are
 * counted from 1 at the line holding {@code /**}.
 *
 * @param description the text before the first tag, trimmed
 * @param returnType null when there is no (readable) return tag
 * @param deprecated the text of {@code @deprecated} ("" without text), or null
 */
public record Docblock(
        String description,
        List<Param> params,
        Type returnType,
        String returnDescription,
        List<Var> vars,
        List<Property> properties,
        List<Method> methods,
        List<Template> templates,
        List<Type> extendsTypes,
        List<Type> implementsTypes,
        List<Type> usesTypes,
        List<Type> throwsTypes,
        String deprecated,
        List<Tag> tags,
        List<Problem> problems) {

    public static final Docblock EMPTY = new Docblock("", List.of(), null, "", List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of());

    public Docblock {
        Objects.requireNonNull(description);
        params = List.copyOf(params);
        vars = List.copyOf(vars);
        properties = List.copyOf(properties);
        methods = List.copyOf(methods);
        templates = List.copyOf(templates);
        extendsTypes = List.copyOf(extendsTypes);
        implementsTypes = List.copyOf(implementsTypes);
        usesTypes = List.copyOf(usesTypes);
        throwsTypes = List.copyOf(throwsTypes);
        tags = List.copyOf(tags);
        problems = List.copyOf(problems);
    }

    /** Reads a raw {@code /** ... *}{@code /} comment. Never throws; what it cannot read is a problem. */
    public static Docblock parse(String raw) {
        return DocblockParser.parse(raw, java.util.Map.of());
    }

    /**
     * Reads a docblock where templates of an enclosing declaration (a class's, for its
     * methods) are in scope, given with their bounds as written; the docblock's own
     * {@code @template}s are always in scope for its other tags. Template names then read as
     * {@link Type.TemplateParam}s rather than class names.
     */
    public static Docblock parse(String raw, java.util.Map<String, Type> outerTemplates) {
        return DocblockParser.parse(raw, outerTemplates);
    }

    public boolean isDeprecated() {
        return deprecated != null;
    }

    /** The effective {@code @param} of a parameter (name without {@code $}), or null. */
    public Param param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The names after {@code @argus-suppress} tags, in order. */
    public List<String> argusSuppressions() {
        return suppressions("argus-suppress");
    }

    /** The names after tags such as {@code psalm-suppress} (given without {@code @}). */
    public List<String> suppressions(String tagName) {
        return tags.stream().filter(t -> t.name().equalsIgnoreCase(tagName))
                .flatMap(t -> java.util.Arrays.stream(t.text().trim().split("[\\s,]+")))
                .filter(s -> !s.isEmpty()).toList();
    }

    /** A tag as written: name without {@code @}, the text after it (continuation lines included). */
    public record Tag(String name, String text, int line) {
    }

    public record Problem(int line, String message) {
    }

    /** {@code @param T $name}; {@code name} is without {@code $}. */
    public record Param(String name, Type type, boolean variadic, boolean byRef, String description, int line) {
    }

    /** {@code @var T [$name]}; {@code name} is null when the tag names no variable. */
    public record Var(String name, Type type, String description, int line) {
    }

    public enum Access { READ_WRITE, READ_ONLY, WRITE_ONLY }

    public record Property(String name, Type type, Access access, String description, int line) {
    }

    /** {@code @method [static] [T] name(params)}; {@code returnType} is null when none is written. */
    public record Method(String name, boolean isStatic, Type returnType, List<MethodParam> params,
                         String description, int line) {
        public Method {
            params = List.copyOf(params);
        }
    }

    /** A parameter of a {@code @method}; {@code type} is null when none is written. */
    public record MethodParam(String name, Type type, boolean optional, boolean variadic, boolean byRef) {
    }

    public enum Variance { INVARIANT, COVARIANT, CONTRAVARIANT }

    /** {@code @template T of Bound = Default}; bound mixed and default null when not written. */
    public record Template(String name, Type bound, Type defaultType, Variance variance, int line) {
    }
}
