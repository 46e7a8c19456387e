package argus.index;

import argus.ast.Expr;
import argus.ast.Modifiers;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.source.Span;
import argus.types.Docblock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the index knows of each declaration. Types stay as declared ({@link TypeHint} plus the
 * docblock) together with the {@link NameContext} that resolves their names; the type layer
 * turns them into types when asked. Symbols hold no statements, only signatures, so the index
 * stays small however big the code base.
 */
public final class Symbols {
    private Symbols() {
    }

    /** type and defaultValue nullable; promoted non-empty for a promoted constructor parameter. */
    public record Param(String name, TypeHint type, boolean byRef, boolean variadic, Expr defaultValue,
                        Modifiers promoted) {
        public boolean optional() {
            return defaultValue != null || variadic;
        }
    }

    /** A function or method signature. returnType nullable. */
    public record Signature(List<Param> params, TypeHint returnType, boolean byRef) {
        public Signature {
            params = List.copyOf(params);
        }

        /** Arguments a call must pass: up to the last parameter without a default (PHP ignores earlier defaults). */
        public int requiredCount() {
            int n = 0;
            for (int i = 0; i < params.size(); i++) {
                if (!params.get(i).optional()) {
                    n = i + 1;
                }
            }
            return n;
        }

        public boolean variadic() {
            return !params.isEmpty() && params.get(params.size() - 1).variadic();
        }
    }

    /** Where a symbol is declared: file (display path), span, docblock (nullable), names in force. */
    public record Origin(String file, Span span, String docComment, NameContext names) {
    }

    /**
     * A function declared in the analysed code. conditional: declared inside a block (e.g. an
     * `if (!function_exists(...))` polyfill) rather than at the top level of the file;
     * deprecated: `@deprecated` or `#[\Deprecated]`; dynamicArgs: its body reads its arguments
     * through func_get_args() / func_num_args() / func_get_arg(), so any count may be meant.
     */
    public record Function(String fqn, Signature signature, Origin origin, boolean conditional, boolean deprecated,
                           boolean dynamicArgs) {
        public String key() {
            return fqn.toLowerCase(Locale.ROOT);
        }
    }

    /** `const X = ...;` at the top level or `define('X', ...)`. value nullable when not a literal expression. */
    public record Constant(String fqn, Expr value, Origin origin, boolean viaDefine, boolean deprecated) {
    }

    /**
     * A method; doc is the `@method` tag for a method only a class docblock declares (then
     * signature has no types, modifiers say public and maybe static), null for a real one.
     */
    public record Method(String name, String declaringClass, Modifiers modifiers, Signature signature, Origin origin,
                         boolean hasBody, boolean deprecated, boolean dynamicArgs, Docblock.Method doc) {
        public boolean isMagic() {
            return doc != null;
        }
    }

    /**
     * type and defaultValue nullable; doc is the `@property[-read|-write]` tag for a property only
     * a class docblock declares, null for a real one.
     */
    public record Property(String name, String declaringClass, Modifiers modifiers, TypeHint type, Expr defaultValue,
                           Origin origin, boolean promoted, boolean hooked, Docblock.Property doc) {
    }

    /** type nullable (typed class constants, 8.3). */
    public record ClassConst(String name, String declaringClass, Modifiers modifiers, TypeHint type, Expr value,
                             Origin origin, boolean deprecated) {
    }

    /** value nullable for a pure enum case. */
    public record EnumCase(String name, Expr value, Origin origin) {
    }

    /**
     * A class, interface, trait or enum. Member maps are keyed the way PHP looks them up:
     * methods by lower-case name, properties and constants by exact name. The members only its
     * docblock declares (`@method`, `@property`) are kept apart from the real ones, with the
     * `@mixin` classes whose members it forwards to. An enum lists UnitEnum or BackedEnum among
     * its interfaces and has the methods PHP gives it (cases, from, tryFrom).
     */
    public record Class(String fqn, Stmt.ClassKind kind, Modifiers modifiers, String parent, List<String> interfaces,
                        List<String> traits, List<Part> traitRules, Map<String, Method> methods,
                        Map<String, Property> properties, Map<String, ClassConst> constants, Map<String, EnumCase> cases,
                        TypeHint enumBackingType, Origin origin, boolean conditional, ClassFlags flags,
                        Map<String, Method> docMethods, Map<String, Property> docProperties, List<String> mixins) {
        public Class {
            interfaces = List.copyOf(interfaces);
            traits = List.copyOf(traits);
            traitRules = List.copyOf(traitRules);
            methods = unmodifiable(methods);
            properties = unmodifiable(properties);
            constants = unmodifiable(constants);
            cases = unmodifiable(cases);
            docMethods = unmodifiable(docMethods);
            docProperties = unmodifiable(docProperties);
            mixins = List.copyOf(mixins);
        }

        public boolean isInterface() {
            return kind == Stmt.ClassKind.INTERFACE;
        }

        public boolean isAbstract() {
            return modifiers.isAbstract();
        }

        public boolean isFinal() {
            return modifiers.isFinal();
        }

        public String key() {
            return fqn.toLowerCase(Locale.ROOT);
        }

        public String shortName() {
            int i = fqn.lastIndexOf('\\');
            return i < 0 ? fqn : fqn.substring(i + 1);
        }

        public Method method(String name) {
            return methods.get(name.toLowerCase(Locale.ROOT));
        }

        private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }

    /**
     * What a class's attributes and docblock say about it as a whole: deprecated (`@deprecated`,
     * `#[\Deprecated]`), dynamicProperties (`#[AllowDynamicProperties]`).
     */
    public record ClassFlags(boolean deprecated, boolean dynamicProperties, java.util.Set<String> assignedOnThis) {
        public static final ClassFlags NONE = new ClassFlags(false, false, java.util.Set.of());

        public ClassFlags {
            assignedOnThis = java.util.Set.copyOf(assignedOnThis);
        }
    }

    /** `class_alias('Original', 'Alias')` with literal names. */
    public record ClassAlias(String alias, String original, Origin origin) {
    }

    /**
     * Everything one file declares, in source order, and the global names it uses (lower case:
     * functions as PHP's fallback reaches them, classes resolved), so that the index can tell a
     * name used all over the project from a slip made once.
     */
    public record FileSymbols(String file, List<Class> classes, List<Function> functions, List<Constant> constants,
                              List<ClassAlias> aliases, java.util.Set<String> usedFunctions,
                              java.util.Set<String> usedClasses) {
        public FileSymbols {
            classes = List.copyOf(classes);
            functions = List.copyOf(functions);
            constants = List.copyOf(constants);
            aliases = List.copyOf(aliases);
            usedFunctions = java.util.Set.copyOf(usedFunctions);
            usedClasses = java.util.Set.copyOf(usedClasses);
        }

        public FileSymbols(String file, List<Class> classes, List<Function> functions, List<Constant> constants) {
            this(file, classes, functions, constants, List.of(), java.util.Set.of(), java.util.Set.of());
        }
    }
}
