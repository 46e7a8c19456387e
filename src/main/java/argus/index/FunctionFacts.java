package argus.index;

import argus.config.PhpVersion;

import java.util.List;

/**
 * What rules/builtins/overlay.json says about a function beyond Reflection. Parameters are named
 * by 0-based position, because PHP 8 renamed many of them. Type strings use PHP's syntax plus
 * "numeric-string"; a type parser elsewhere reads them.
 */
public record FunctionFacts(List<ReturnType> returns, PhpVersion deprecated, List<OutParam> outParams,
                            List<Assertion> asserts, List<ReturnByArg> returnsByArg, PreservesKeys preservesKeys,
                            boolean construct) {
    public static final FunctionFacts NONE = new FunctionFacts(null, null, null, null, null, null, false);

    public FunctionFacts {
        returns = returns == null ? List.of() : List.copyOf(returns);
        outParams = outParams == null ? List.of() : List.copyOf(outParams);
        asserts = asserts == null ? List.of() : List.copyOf(asserts);
        returnsByArg = returnsByArg == null ? List.of() : List.copyOf(returnsByArg);
    }

    /**
     * A return type for versions where Reflection gives none. {@code witness} is a call that shows
     * the type's false or null in those versions; generate/check-overlay.mjs runs it.
     */
    public record ReturnType(PhpVersion since, PhpVersion until, String type, String witness) {
        boolean covers(PhpVersion v) {
            return (since == null || v.compareTo(since) >= 0) && (until == null || v.compareTo(until) <= 0);
        }
    }

    /** A by-reference parameter that holds a value of {@code type} after the call. */
    public record OutParam(int param, String type) {
    }

    /** The call returns {@code type} when argument {@code param} has type {@code argType}. */
    public record ReturnByArg(int param, String argType, String type) {
    }

    /**
     * The returned array keeps the keys of argument {@code param}; with {@code singleArrayOnly}
     * only when that is the only array passed (array_map).
     */
    public record PreservesKeys(int param, boolean singleArrayOnly) {
    }

    /**
     * What a true result tells about argument {@code param}: it has type {@code ifTrue}; on false
     * {@code excludeIfFalse} is removed from its type; it is a key of the array argument {@code
     * hasKey}... (indexes of other arguments); it is one of the values of array argument {@code
     * valueOf}; it names an existing {@code names} ("function", "class", "interface", "trait",
     * "enum", "constant", "extension"). {@code when} restricts the assertion to calls whose
     * argument has a literal value (in_array's strict = true).
     */
    public record Assertion(int param, String ifTrue, String excludeIfFalse, Integer hasKey, Integer hasMethod,
                            Integer hasProperty, Integer valueOf, String names, Condition when) {
    }

    public record Condition(int param, String equals) {
    }
}
