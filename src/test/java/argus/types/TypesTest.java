package argus.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operations of {@link Types} on examples, written in the notation users read. */
class TypesTest {
    static final ClassHierarchy CLASSES = ClassHierarchy.of(Map.of(
            "Child", List.of("Base"), "Other", List.of("Base"), "Base", List.of("Root")));

    static Type t(String notation) {
        TypeParser.Result r = TypeParser.parse(notation);
        assertTrue(r.ok(), notation + ": " + r.error());
        return r.type();
    }

    @ParameterizedTest(name = "{0} | {1} = {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "int; string; int|string",
        "string; int; int|string",
        "int; never; int",
        "int; mixed; mixed",
        "1; int; int",
        "true; false; bool",
        "?Foo; Foo; ?Foo",
        "Foo; null; ?Foo",
        "Foo&Bar; null; (Bar&Foo)|null",
        "1|2|3|4; 5|6|7|8; 1|2|3|4|5|6|7|8",
        "1|2|3|4; 5|6|7|8|9; int<1, 9>",
        "1|2|3|4|5|6|7|8; 20; int<1, 20>",
        "int<0, 10>; 20; int<0, 20>",
        "int<0, max>; int<min, -1>; int",
        "'a'|'b'|'c'|'d'; 'e'|'f'|'g'|'h'|'i'; non-empty-string",
        "'1'|'2'|'3'|'4'; '5'|'6'|'7'|'8'|'9'; numeric-string",
        "non-empty-string; ''; string",
        "numeric-string; '12'; numeric-string",
        "array{}; non-empty-array<int>; array<int>",
        "array{}; array{a: int}; array{a?: int}",
        "list<int>; array<int>; array<int>",
        "list<int>; list<string>; list<int>|list<string>",
        "Foo<int>; Foo; Foo",
        "static(Foo); Foo; Foo",
        "Closure(int): void; callable; callable",
        "T of Foo; Foo; Foo",
        "object; Foo; object",
        "array-key; int; int|string",
        "bool|int|float|string|array|object|resource|void|null; never; mixed",
    })
    void join(String a, String b, String expected) {
        assertEquals(expected, Types.join(t(a), t(b)).describe());
    }

    @ParameterizedTest(name = "{0} & {1} = {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "int|string; int; int",
        "int; string; never",
        "?Foo; Foo; Foo",
        "Foo; Bar; Bar&Foo",
        "mixed; int; int",
        "int<0, 10>; int<5, 20>; 5|6|7|8|9|10",
        "int<0, 100>; int<50, max>; int<50, 100>",
        "string; 'a'; 'a'",
        "non-empty-string; ''|'a'; 'a'",
        "numeric-string; '12'|'ab'; '12'",
        "array<string, int>; array<int>; array<string, int>",
        "list<int>; array<string, int>; array{}",
        "non-empty-list<int>; array<string, int>; never",
        "array{a: int, b?: string}; array<string, int>; array{a: int}",
        "array{a: int}; array{b: int}; never",
        "callable; string; callable&string",
        "callable; int; never",
        "class-string; 'Foo'; class-string&'Foo'",
        "T of mixed; int; (T of mixed)&int",
        "Foo<int>; Foo; Foo<int>",
        "iterable; array<int>; array<int>",
    })
    void meet(String a, String b, String expected) {
        assertEquals(expected, Types.meet(t(a), t(b)).describe());
    }

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "?Foo; null; Foo",
        "int|string; int; string",
        "bool; false; true",
        "int<0, 10>; 0; int<1, 10>",
        "int; 5; int",
        "0|1|2; 1; 0|2",
        "string; ''; non-empty-string",
        "array<int>; array{}; non-empty-array<int>",
        "Foo|Bar; Foo; Bar",
        "Foo; Bar; Foo",
        "mixed; null; mixed",
        "mixed; mixed; never",
        "object; Foo; object",
        "callable|null; null; callable",
    })
    void remove(String a, String b, String expected) {
        assertEquals(expected, Types.remove(t(a), t(b)).describe());
    }

    @ParameterizedTest(name = "{0} <: {1} is {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "int; int|string; YES",
        "mixed; int; MAYBE",
        "string; int; NO",
        "never; int; YES",
        "int; never; NO",
        "int|string; int; MAYBE",
        "1; int; YES",
        "int; positive-int; MAYBE",
        "int<1, 5>; positive-int; YES",
        "'a'; non-empty-string; YES",
        "''; non-empty-string; NO",
        "Child; Base; YES",
        "Child; Root; YES",
        "Base; Child; MAYBE",
        "Child; Other; NO",
        "?Child; Base; MAYBE",
        "null; Base; NO",
        "array<Child>; array<Base>; YES",
        "list<int>; array<int>; YES",
        "array<int>; list<int>; MAYBE",
        "array<string, int>; array<int, int>; MAYBE",
        "non-empty-array<string, int>; array<int, int>; NO",
        "array{a: int}; array<string, int>; YES",
        "array{a: int}; array{a: int, b: string}; NO",
        "array{a: int, b: string}; array{a: int}; NO",
        "array{a: int, b: string}; array{a: int, ...}; YES",
        "array{a: int}; array{a: string}; NO",
        "array{a?: int}; array{a: int}; MAYBE",
        "T of Child; Base; YES",
        "T of Base; Child; MAYBE",
        "int; T of mixed; MAYBE",
        "static(Child); Base; YES",
        "Closure(int): void; callable; YES",
        "Closure; callable; YES",
        "Child; callable; MAYBE",
        "'strlen'; callable; MAYBE",
        "int; callable; NO",
        "class-string<Child>; class-string<Base>; YES",
        "class-string<Child>; string; YES",
        "'Child'; class-string; MAYBE",
        "Coll<int>; Coll<int>; YES",
        "Coll<int>; Coll; YES",
        "Coll; Coll<int>; MAYBE",
        "Coll<int>; Coll<string>; MAYBE",
        "callable(Base): void; callable(Child): void; YES",
        "void; null; NO",
    })
    void isSubtype(String a, String b, Trilean expected) {
        assertEquals(expected, Types.isSubtype(t(a), t(b), CLASSES));
    }

    @ParameterizedTest(name = "truthy({0}) = {1}, falsy = {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "int; int; 0",
        "?Foo; Foo; null",
        "string; non-empty-string; ''|'0'",
        "non-empty-string; non-empty-string; '0'",
        "array; non-empty-array; array{}",
        "list<int>; non-empty-list<int>; array{}",
        "bool; true; false",
        "?bool; true; false|null",
        "positive-int; int<1, max>; never",
        "int<0, max>; int<1, max>; 0",
        "float; float; float",
        "mixed; mixed; array{}|0|float|''|'0'|false|null",
        "'0'|'a'; 'a'; '0'",
        "array{a?: int}; array{a: int}; array{}",
        "null; never; null",
        "void; never; void",
    })
    void truthiness(String type, String truthy, String falsy) {
        assertEquals(truthy, Types.truthy(t(type)).describe(), "truthy");
        assertEquals(falsy, Types.falsy(t(type)).describe(), "falsy");
    }

    @Test
    void nullability() {
        assertTrue(Types.containsNull(t("?Foo")));
        assertTrue(Types.containsNull(t("int|string|null")));
        assertFalse(Types.containsNull(t("mixed")), "mixed is not reported as possibly null");
        assertFalse(Types.containsNull(t("T of mixed")));
        assertTrue(Types.isNullable(t("mixed")));
        assertTrue(Types.isNullable(t("T of mixed")));
        assertFalse(Types.isNullable(t("Foo")));
        assertEquals("Foo", Types.removeNull(t("?Foo")).describe());
        assertEquals("?int", Types.nullable(Type.INT).describe());
    }

    @Test
    void transformResolvesNamesAndSubstitutesTemplates() {
        Type written = t("array<int, Collection<T>>|callable(Foo): T|class-string<Foo>|null");
        Type declared = Types.transform(written, x -> {
            if (x instanceof Type.Obj o && o.name().equals("T")) {
                return new Type.TemplateParam("T", t("App\\Model"));
            }
            if (x instanceof Type.Obj o && !o.name().startsWith("App\\")) {
                return new Type.Obj("App\\" + o.name(), o.args());
            }
            return x;
        });
        assertEquals("callable(App\\Foo): (T of App\\Model)|class-string<App\\Foo>"
                + "|array<int, App\\Collection<T of App\\Model>>|null", declared.describe());
        Type called = Types.transform(declared, x -> x instanceof Type.TemplateParam p && p.name().equals("T")
                ? new Type.Obj("App\\User") : x);
        assertEquals("callable(App\\Foo): App\\User|class-string<App\\Foo>"
                + "|array<int, App\\Collection<App\\User>>|null", called.describe());
        assertEquals(Type.NEVER, Types.transform(t("Foo|Bar"), x -> x instanceof Type.Obj ? Type.NEVER : x));
    }

    @Test
    void unionsAreNormalised() {
        Type u = Types.joinAll(List.of(Type.NEVER, new Type.IntLit(1), Type.INT, Type.STRING, new Type.StrLit("a"),
                Type.TRUE, Type.FALSE, Type.NULL));
        assertEquals("int|string|bool|null", u.describe());
        assertEquals(u, Types.joinAll(List.of(Type.NULL, Type.FALSE, Type.STRING, Type.TRUE, Type.INT)));
        assertEquals(Type.MIXED, Types.join(u, Type.MIXED));
        Type hand = new Type.Union(List.of(Type.NULL, new Type.Union(List.of(Type.INT, new Type.IntLit(3))), Type.NEVER));
        assertEquals("?int", Types.normalize(hand).describe());
    }

    @ParameterizedTest(name = "widen({0}, {1}) = {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "1; 2; int<1, max>",
        "int<1, max>; 0; int",
        "0|5; 3; 0|1|2|3|4|5",
        "'a'; 'b'; non-empty-string",
        "non-empty-string; ''; string",
        "list{int}; list{int, int}; list<int>",
        "array{a: int}; array{a: int, b: string}; array<non-empty-string, int|string>",
        "int; int; int",
        "Foo; Bar; Bar|Foo",
        "array<1>; array<2>; array<int<1, max>>",
        "null; int; ?int",
    })
    void widen(String prev, String next, String expected) {
        assertEquals(expected, Types.widen(t(prev), Types.join(t(prev), t(next))).describe());
    }

    /**
     * A loop that meets a new class, a deeper list, a deeper generic, a wider int and a
     * new shape key on every pass: the widened state settles all the same.
     */
    @Test
    void widenSettlesOnAnAdversarialChain() {
        Type state = Type.NEVER;
        Type nested = Type.INT;
        Type generic = Type.INT;
        int changes = 0;
        for (int i = 0; i < 60; i++) {
            nested = new Type.ArrayOf(ArrForm.NON_NEG_INT, Types.join(nested, new Type.StrLit("s" + i)), true, false);
            generic = new Type.Obj("G", List.of(generic));
            List<Type> step = List.of(new Type.Obj("C" + i), nested, generic, new Type.IntLit(i % 2 == 0 ? i : -i),
                    new Type.Shape(List.of(new Type.ShapeEntry("k" + i, nested, false)), Type.NEVER, Type.NEVER, false, false),
                    new Type.Callable(new Type.Sig(List.of(), nested)));
            for (Type t : step) {
                Type next = Types.widen(state, Types.join(state, t));
                assertTrue(Types.leq(state, next) && Types.leq(t, next));
                changes += next.equals(state) ? 0 : 1;
                state = next;
            }
        }
        assertTrue(changes <= TypeLatticeProperties.WIDEN_BOUND, changes + " changes");
    }

    @Test
    void widenCutsNestingOfArrays() {
        Type state = t("int");
        for (int i = 0; i < 30; i++) {
            Type grown = Types.join(state, new Type.ArrayOf(ArrForm.NON_NEG_INT, state, true, true));
            Type next = Types.widen(state, grown);
            if (next.equals(state)) {
                return;
            }
            state = next;
        }
        throw new AssertionError("still growing: " + state.describe());
    }

    @Test
    void typesWithoutComponentsHashApart() {
        // All once hashed to 0, so unions of scalars collided in every hash map.
        List<Type> plain = List.of(Type.NEVER, Type.MIXED, Type.NULL, Type.VOID, Type.BOOL, Type.TRUE, Type.FALSE,
                Type.INT, Type.FLOAT, Type.STRING, Type.NON_EMPTY_STRING, Type.NUMERIC_STRING, Type.OBJECT, Type.RESOURCE);
        assertEquals(plain.size(), plain.stream().map(Type::hashCode).distinct().count());
        assertFalse(Types.join(Type.INT, Type.NULL).hashCode() == Types.join(Type.STRING, Type.NULL).hashCode());
    }
}
