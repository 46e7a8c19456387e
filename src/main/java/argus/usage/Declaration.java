package argus.usage;

import argus.ast.Stmt;
import argus.source.Span;
import java.util.Locale;

/**
 * A declaration the whole-project dead-code rules may report: a named class-like, a function, a
 * global constant, or a non-private member of a named class-like. Private members are judged
 * per file (they cannot be used from elsewhere); anonymous classes are not named, so nothing
 * outside can reach them but through their object.
 *
 * @param owner  the declaring class's fully qualified name for members, else null
 * @param name   the fully qualified name for classes, functions and constants; the member name
 *               (no {@code $}) for members
 * @param span   the declared name, where the finding goes
 * @param exempt used by its form alone: magic and constructor methods, an {@code @api} docblock,
 *               a framework attribute; the rules never report it
 * @param classKind for a class-like, which one; else null
 * @param isProtected a protected member, which only related classes can reach
 */
public record Declaration(Kind kind, String file, String owner, String name, Span span, boolean exempt,
                          Stmt.ClassKind classKind, boolean isProtected) {
    public enum Kind { CLASS, FUNCTION, CONSTANT, METHOD, PROPERTY, CLASS_CONSTANT }

    /** What it is, capitalised for the start of a message: Class, Interface, Trait, Enum, Function, ... */
    public String noun() {
        String word = switch (kind) {
            case CLASS -> classKind == null ? "class" : classKind.name().toLowerCase(Locale.ROOT);
            case FUNCTION -> "function";
            case CONSTANT, CLASS_CONSTANT -> "constant";
            case METHOD -> "method";
            case PROPERTY -> "property";
        };
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** How the finding names it: {@code Foo\Bar}, {@code Foo\Bar::baz()}, {@code Foo\Bar::$baz}. */
    public String display() {
        return switch (kind) {
            case CLASS, CONSTANT -> name;
            case FUNCTION -> name + "()";
            case METHOD -> owner + "::" + name + "()";
            case PROPERTY -> owner + "::$" + name;
            case CLASS_CONSTANT -> owner + "::" + name;
        };
    }
}
