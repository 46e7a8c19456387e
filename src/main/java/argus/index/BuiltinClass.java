package argus.index;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An internal class, interface, trait or enum with the members it declares itself (inherited ones
 * live on the parent or interface, which {@link Builtins#clazz} finds). Methods are keyed by their
 * lower-case name, properties, constants and enum cases by their exact name.
 */
public record BuiltinClass(String name, String ext, PhpVersionRange known, List<Variant> variants,
                           Map<String, Member<MethodVariant>> methods, Map<String, Member<PropertyVariant>> properties,
                           Map<String, Member<ConstantVariant>> constants, Map<String, Member<CaseVariant>> cases)
        implements VersionedSymbol<BuiltinClass.Variant> {
    public BuiltinClass {
        variants = List.copyOf(variants);
        methods = methods == null ? Map.of() : methods;
        properties = properties == null ? Map.of() : properties;
        constants = constants == null ? Map.of() : constants;
        cases = cases == null ? Map.of() : cases;
    }

    public Member<MethodVariant> method(String methodName) {
        return methods.get(methodName.toLowerCase(Locale.ROOT));
    }

    public Member<PropertyVariant> property(String propertyName) {
        return properties.get(propertyName);
    }

    public Member<ConstantVariant> constant(String constantName) {
        return constants.get(constantName);
    }

    public Member<CaseVariant> enumCase(String caseName) {
        return cases.get(caseName);
    }

    public enum Kind {
        @JsonProperty("class") CLASS,
        @JsonProperty("interface") INTERFACE,
        @JsonProperty("trait") TRAIT,
        @JsonProperty("enum") ENUM
    }

    public enum Visibility {
        @JsonProperty("public") PUBLIC,
        @JsonProperty("protected") PROTECTED,
        @JsonProperty("private") PRIVATE
    }

    /**
     * The class's shape over a version range. {@code interfaces} lists every interface it
     * implements, inherited ones included. {@code instantiable} is false for classes that `new`
     * cannot create (private constructor: Closure, Generator); {@code backing} is a backed enum's
     * type.
     */
    public record Variant(PhpVersion since, PhpVersion until, String ext, Kind kind, String parent,
                          List<String> interfaces, @JsonProperty("abstract") boolean isAbstract,
                          @JsonProperty("final") boolean isFinal, boolean readonly, Boolean instantiable,
                          String backing) implements Versioned {
        public Variant {
            interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
            instantiable = instantiable == null || instantiable;
        }
    }

    /**
     * A member with its variants. Its since/until are within its class's; {@code known} is the
     * class's unless the member depends on the build.
     */
    public record Member<V extends Versioned>(String name, PhpVersionRange known, List<V> variants)
            implements VersionedSymbol<V> {
        public Member {
            variants = List.copyOf(variants);
        }
    }

    /** {@code returns} with {@code tentative} is a tentative return type (8.1+). */
    public record MethodVariant(PhpVersion since, PhpVersion until, Visibility visibility,
                                @JsonProperty("static") boolean isStatic, @JsonProperty("abstract") boolean isAbstract,
                                @JsonProperty("final") boolean isFinal, List<Param> params, String returns,
                                boolean tentative, boolean byRefReturn, boolean deprecated) implements Versioned {
        public MethodVariant {
            params = params == null ? List.of() : List.copyOf(params);
        }

        MethodVariant withRange(PhpVersion from, PhpVersion to) {
            return new MethodVariant(from, to, visibility, isStatic, isAbstract, isFinal, params, returns, tentative,
                    byRefReturn, deprecated);
        }

        public Signature signature() {
            return new Signature(since, until, null, params, returns, tentative, byRefReturn, deprecated);
        }
    }

    public record PropertyVariant(PhpVersion since, PhpVersion until, Visibility visibility,
                                  @JsonProperty("static") boolean isStatic, boolean readonly, String type)
            implements Versioned {
        PropertyVariant withRange(PhpVersion from, PhpVersion to) {
            return new PropertyVariant(from, to, visibility, isStatic, readonly, type);
        }
    }

    /**
     * {@code type} is the value's type, {@code declaredType} the constant's declared type (typed
     * class constants, 8.3+). {@code value} as in {@link BuiltinConstant.Variant}.
     */
    public record ConstantVariant(PhpVersion since, PhpVersion until, Visibility visibility, String type, Object value,
                                  @JsonProperty("final") boolean isFinal, String declaredType, boolean deprecated)
            implements Versioned {
        ConstantVariant withRange(PhpVersion from, PhpVersion to) {
            return new ConstantVariant(from, to, visibility, type, value, isFinal, declaredType, deprecated);
        }
    }

    /** {@code value} is a backed case's value, null for a pure enum's case. */
    public record CaseVariant(PhpVersion since, PhpVersion until, Object value) implements Versioned {
        CaseVariant withRange(PhpVersion from, PhpVersion to) {
            return new CaseVariant(from, to, value);
        }
    }
}
