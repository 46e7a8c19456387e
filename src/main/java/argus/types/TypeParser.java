package argus.types;

import java.util.Optional;

/**
 * Reads type notation: what {@link Type#describe()} prints and what PHPStan and Psalm
 * docblocks contain. Unknown identifiers are class names, kept as written (with any
 * leading backslash) for the caller to resolve; {@code self} and {@code parent} too.
 * Pseudo types without a record become the nearest type we have ({@code non-falsy-string}
 * is non-empty-string, {@code iterable<K, V>} is {@code array<K, V>|\Traversable<K, V>},
 * conditional types the union of both branches, class constants mixed). Malformed input
 * is an error result, never an exception.
 *
 * <p>Whitespace ends a type at the top level (in a docblock the variable name and the
 * description follow) except around {@code |} and {@code &}; inside brackets it is free,
 * so shapes may span lines.
 */
public final class TypeParser {
    private TypeParser() {
    }

    /** A parsed type, or an error with the offset it was found at; {@code end} is where the type ended. */
    public record Result(Type type, String error, int end) {
        public boolean ok() {
            return error == null;
        }

        public Optional<Type> value() {
            return Optional.ofNullable(type);
        }
    }

    /** The whole text must be one type (surrounding whitespace aside). */
    public static Result parse(String text) {
        Result r = run(text, 0, true);
        if (!r.ok()) {
            return r;
        }
        int i = r.end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length() ? r : new Result(null, "unexpected '" + text.charAt(i) + "' after the type at " + i, i);
    }

    /**
     * The type that starts at {@code from} (after any whitespace), as far as it goes; for
     * docblock tags, where a variable or a description follows. {@code T of X} is not
     * read here: a description may well start with "of".
     */
    public static Result parsePrefix(String text, int from) {
        return run(text, from, false, java.util.Map.of());
    }

    /**
     * As {@link #parsePrefix(String, int)}, with template names in scope: each reads as a
     * {@link Type.TemplateParam} with the given bound, so that {@code array<K, V>} keeps its
     * key parameter instead of meeting a class named K with the array keys.
     */
    public static Result parsePrefix(String text, int from, java.util.Map<String, Type> templates) {
        return run(text, from, false, templates);
    }

    private static Result run(String text, int from, boolean ourNotation) {
        return run(text, from, ourNotation, java.util.Map.of());
    }

    private static Result run(String text, int from, boolean ourNotation, java.util.Map<String, Type> templates) {
        TypeReader r = new TypeReader(text, from, ourNotation, templates);
        try {
            r.skipAllWs();
            Type t = r.type();
            return new Result(Types.normalize(t), null, r.pos);
        } catch (TypeReader.Failure f) {
            return new Result(null, f.getMessage(), f.at);
        } catch (StackOverflowError | RuntimeException e) {
            return new Result(null, "cannot read type: " + e, r.pos);
        }
    }
}
