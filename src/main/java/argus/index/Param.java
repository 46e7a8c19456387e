package argus.index;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A parameter of a built-in function or method. {@code type} is null where Reflection gives none
 * (most of PHP 7). {@code defaultValue} is the default as PHP source text ("ENT_QUOTES |
 * ENT_SUBSTITUTE"), known from PHP 8.0 only. {@code preferRef} marks parameters such as
 * array_multisort's that take a reference when given a variable and a value otherwise.
 */
public record Param(String name, String type, boolean byRef, boolean preferRef, boolean variadic, boolean optional,
                    @JsonProperty("default") String defaultValue) {
}
