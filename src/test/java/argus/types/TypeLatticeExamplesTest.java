package argus.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inputs on which random runs of {@link TypeLatticeProperties} once broke a law, kept as
 * fixed cases: the properties run with random seeds, so a failure found once may not be
 * drawn again for a long time.
 */
class TypeLatticeExamplesTest {
    private static Type t(String notation) {
        return TypesTest.t(notation);
    }

    @ParameterizedTest(name = "widen({0}, {0} & {1}) = {0}")
    @CsvSource(delimiter = ';', value = {
        "array{0: mixed, ...}|array{}; non-empty-list",
    })
    void widenByWhatIsBelowChangesNothing(String a, String b) {
        Type ta = t(a);
        Type tb = t(b);
        assertEquals(ta, Types.widen(ta, Types.meet(ta, tb)));
        assertTrue(Types.leq(Types.join(ta, tb), Types.widen(ta, tb)));
    }

    @ParameterizedTest(name = "{0} | ({0} & {1}) = {0}")
    @CsvSource(delimiter = ';', value = {
        "array{0: mixed, ...}|array{}; non-empty-list",
        "array{0: mixed, ...<int, mixed>}|non-empty-list&list{1?: mixed, 2?: mixed, ...<int<0, max>, string>}; array{}",
        "list; array{1: 0, ...<int<0, max>, int>}",
        "list{1: string, ...<int<0, max>, mixed>}; list",
        "array{1?: 0}|list{1: 0, ...<int<0, max>, int>}; list",
    })
    void absorption(String a, String b) {
        Type ta = t(a);
        Type tb = t(b);
        assertEquals(ta, Types.join(ta, Types.meet(ta, tb)));
        assertEquals(ta, Types.meet(ta, Types.join(ta, tb)));
    }

    @ParameterizedTest(name = "truthy({0}) | falsy({0}) = {0}")
    @CsvSource(delimiter = ';', value = {
        "((T of mixed)&void)|0|1|''",
        "((T of mixed)&(void|0))|1",
    })
    void truthyAndFalsySplit(String a) {
        Type ta = t(a);
        Type truthy = Types.truthy(ta);
        Type falsy = Types.falsy(ta);
        assertTrue(Types.leq(truthy, ta) && Types.leq(falsy, ta));
        assertEquals(ta, Types.join(truthy, falsy));
    }

    @ParameterizedTest(name = "({0} & {1}) & {2} = {0} & ({1} & {2})")
    @CsvSource(delimiter = ';', value = {
        "array<string>; array{0?: string, 1: mixed, ...<int<3, max>, mixed>}|array{1?: mixed}; "
                + "array{0?: mixed, a: int}|non-empty-array&array{0?: never, ...<int, mixed>}|non-empty-array&array{1?: 0, a?: null}",
        "array{0: mixed, ...<int, mixed>}|list; array{1?: mixed, 2?: 0, ...<int<0, max>, string>}; array<string>",
    })
    void meetIsAssociative(String a, String b, String c) {
        Type ta = t(a);
        Type tb = t(b);
        Type tc = t(c);
        assertEquals(Types.meet(Types.meet(ta, tb), tc), Types.meet(ta, Types.meet(tb, tc)));
    }

    @ParameterizedTest(name = "({0} | {1}) | {2} = {0} | ({1} | {2})")
    @CsvSource(delimiter = ';', value = {
        "array{}; non-empty-list; list{1: 0, ...<int<0, max>, 0>}",
    })
    void joinIsAssociative(String a, String b, String c) {
        Type ta = t(a);
        Type tb = t(b);
        Type tc = t(c);
        assertEquals(Types.join(Types.join(ta, tb), tc), Types.join(ta, Types.join(tb, tc)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "array{0: string, 2?: never, ...<int<1, max>, string>}; array{0: string, 1?: string, ...<int<3, max>, string>}",
        "array{0?: string, 1: int, ...<int<2, max>, string>}; array{1: int, ...<int<0, max>, string>}",
    })
    void oneSetOfArraysHasOneSpelling(String a, String b) {
        assertEquals(t(a), t(b));
    }
}
