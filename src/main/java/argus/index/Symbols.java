package argus.index;

import argus.ast.Expr;
import argus.ast.Modifiers;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.source.Span;
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
     * `if (!function_exists(...))` polyfill) rather than at the top level of the file.
     */
    public record Function(String fqn, Signature signature, Origin origin, boolean conditional) {
        public String key() {
            return fqn.toLowerCase(Locale.ROOT);
        }
    }

    /** `const X = ...;` at the top level or `define('X', ...)`. value nullable when not a literal expression. */
    public record Constant(String fqn, Expr value, Origin origin, boolean viaDefine) {
    }

    public record Method(String name, String declaringClass, Modifiers modifiers, Signature signature, Origin origin,
                         boolean hasBody) {
    }

    /** type and defaultValue nullable. */
    public record Property(String name, String declaringClass, Modifiers modifiers, TypeHint type, Expr defaultValue,
                           Origin origin, boolean promoted, boolean hooked) {
    }

    /** type nullable (typed class constants, 8.3). */
    public record ClassConst(String name, String declaringClass, Modifiers modifiers, TypeHint type, Expr value,
                             Origin origin) {
    }

    /** value nullable for a pure enum case. */
    public record EnumCase(String name, Expr value, Origin origin) {
    }

    /**
     * A class, interface, trait or enum. Member maps are keyed the way PHP looks them up:
     * methods by lower-case name, properties and constants by exact name.
     */
    public record Class(String fqn, Stmt.ClassKind kind, Modifiers modifiers, String parent, List<String> interfaces,
                        List<String> traits, List<Part> traitRules, Map<String, Method> methods,
                        Map<String, Property> properties, Map<String, ClassConst> constants, Map<String, EnumCase> cases,
                        TypeHint enumBackingType, Origin origin, boolean conditional) {
        public Class {
            interfaces = List.copyOf(interfaces);
            traits = List.copyOf(traits);
            traitRules = List.copyOf(traitRules);
            methods = unmodifiable(methods);
            properties = unmodifiable(properties);
            constants = unmodifiable(constants);
            cases = unmodifiable(cases);
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

    /** Everything one file declares, in source order. */
    public record FileSymbols(String file, List<Class> classes, List<Function> functions, List<Constant> constants) {
        public FileSymbols {
            classes = List.copyOf(classes);
            functions = List.copyOf(functions);
            constants = List.copyOf(constants);
        }
    }
}
