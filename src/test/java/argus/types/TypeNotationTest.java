package argus.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The notation: how types print, and what {@link TypeParser} makes of docblock syntax. */
class TypeNotationTest {

    private static String read(String notation) {
        TypeParser.Result r = TypeParser.parse(notation);
        assertTrue(r.ok(), notation + ": " + r.error());
        return r.type().describe();
    }

    @Test
    void describesAsPhpUsersWriteIt() {
        Type order = new Type.Obj("Order");
        assertEquals("?Order", Types.nullable(order).describe());
        assertEquals("int|string", Types.join(Type.STRING, Type.INT).describe());
        assertEquals("array<string, int>", new Type.ArrayOf(Type.STRING, Type.INT, false, false).describe());
        assertEquals("list<int>", Types.normalize(new Type.ArrayOf(Type.INT, Type.INT, true, false)).describe());
        assertEquals("array{a: int, b?: string}", Types.normalize(new Type.Shape(List.of(
                new Type.ShapeEntry("b", Type.STRING, true), new Type.ShapeEntry("a", Type.INT, false)),
                Type.NEVER, Type.NEVER, false, false)).describe());
        assertEquals("class-string<Foo>", new Type.ClassString(new Type.Obj("Foo")).describe());
        assertEquals("int<0, max>", new Type.IntRange(0L, null).describe());
        assertEquals("'abc'", new Type.StrLit("abc").describe());
        assertEquals("'it\\'s'", new Type.StrLit("it's").describe());
        assertEquals("callable(int): string",
                new Type.Callable(new Type.Sig(List.of(new Type.Param(Type.INT, false, false, false)), Type.STRING)).describe());
        assertEquals("non-empty-string", Type.NON_EMPTY_STRING.describe());
        assertEquals("Bar&Foo", Types.meet(new Type.Obj("Foo"), new Type.Obj("Bar")).describe());
        assertEquals("(Bar&Foo)|null", Types.nullable(Types.meet(new Type.Obj("Foo"), new Type.Obj("Bar"))).describe());
        assertEquals("T of Foo", new Type.TemplateParam("T", new Type.Obj("Foo")).describe());
        assertEquals("static(Foo)", new Type.StaticType("Foo").describe());
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        // unions, nullable, intersections, parentheses
        "int|string|null; int|string|null",
        "?int; ?int",
        "null|int; ?int",
        "?string[]; array<string>|null",
        "int | string; int|string",
        "(int|string)[]; array<int|string>",
        "Foo&Bar; Bar&Foo",
        "(Foo&Bar)|null; (Bar&Foo)|null",
        "\\Foo\\Bar; \\Foo\\Bar",
        "Foo\\Bar|\\Baz; Foo\\Bar|\\Baz",
        // keywords and their aliases
        "integer; int",
        "boolean; bool",
        "double; float",
        "TRUE|FALSE; bool",
        "NULL; null",
        "Mixed; mixed",
        "scalar; int|float|string|bool",
        "array-key; int|string",
        "number; int|float",
        "numeric; int|float|numeric-string",
        "positive-int; int<1, max>",
        "negative-int; int<min, -1>",
        "non-negative-int; int<0, max>",
        "non-positive-int; int<min, 0>",
        "int<0, 100>; int<0, 100>",
        "int<min, max>; int",
        "int<1, 3>; 1|2|3",
        "non-falsy-string; non-empty-string",
        "literal-string; string",
        "lowercase-string; string",
        "numeric-string; numeric-string",
        "class-string; class-string",
        "interface-string<Countable>; class-string<Countable>",
        "callable-string; callable&string",
        "never-return; never",
        "noreturn; never",
        "void; void",
        "resource; resource",
        "closed-resource; resource",
        "object; object",
        "object{foo: int, bar?: string}; object",
        "static; static",
        "$this; static",
        "self; self",
        "parent; parent",
        "iterable; \\Traversable|array",
        "iterable<string>; \\Traversable<mixed, string>|array<string>",
        "iterable<int, Foo>; \\Traversable<int, Foo>|array<int, Foo>",
        "empty; array{}|0|float|''|'0'|false|null",
        "non-empty-mixed; mixed",
        "some-future-pseudo-type; mixed",
        // literals
        "'foo'|'bar'; 'bar'|'foo'",
        "'a\\'b'; 'a\\'b'",
        "-1|0|1; -1|0|1",
        "0x10; 16",
        "0b101; 5",
        "1_000; 1000",
        "1.5; float",
        "-2.5e3; float",
        "true|null; true|null",
        // generics
        "array<int>; array<int>",
        "array<string, Foo>; array<string, Foo>",
        "array<int|string, array<string, mixed>>; array<array<string, mixed>>",
        "list<Foo>; list<Foo>",
        "non-empty-list<Foo>; non-empty-list<Foo>",
        "non-empty-array<int, Foo>; non-empty-array<int, Foo>",
        "Foo[]; array<Foo>",
        "Foo[][]; array<array<Foo>>",
        "Collection<int, Foo>; Collection<int, Foo>",
        "Generator<int, string, mixed, void>; Generator<int, string, mixed, void>",
        "\\ArrayAccess<string, covariant Foo>; \\ArrayAccess<string, Foo>",
        "Foo<*>; Foo<mixed>",
        "array<  string ,  int  >; array<string, int>",
        // shapes
        "array{}; array{}",
        "array{a: int}; array{a: int}",
        "array{a: int, b?: string}; array{a: int, b?: string}",
        "array{b: int, a: string}; array{a: string, b: int}",
        "array{'a b': int, \"c-d\": string}; array{'a b': int, 'c-d': string}",
        "array{0: int, 1: string}; list{int, string}",
        "array{int, string}; list{int, string}",
        "array{0: int, 2: string}; array{0: int, 2: string}",
        "array{0?: int, 1: string}; array{0?: int, 1: string}",
        "array{'0': int}; list{int}",
        "list{int, string}; list{int, string}",
        "list{int, 1?: string}; list{int, 1?: string}",
        "array{a: int, ...}; array{a: int, ...}",
        "array{a: int, ...<string, int>}; array{a: int, ...<string, int>}",
        "list{int, ...<string>}; list{int, ...<string>}",
        "array{a: array{b: list<int>}}; array{a: array{b: list<int>}}",
        "array{int: int, string: string, null: null}; array{int: int, null: null, string: string}",
        "array{a: int,}; array{a: int}",
        // callables
        "callable; callable",
        "callable(): void; callable(): void",
        "callable(int, string): bool; callable(int, string): bool",
        "callable(int $a, string ...$rest): bool; callable(int, string ...): bool",
        "callable(int=): void; callable(int=): void",
        "callable(array &$out): void; callable(array &): void",
        "callable(): (int|string); callable(): (int|string)",
        "callable(): ?int; callable(): ?int",
        "Closure(Foo): Bar; Closure(Foo): Bar",
        "\\Closure(int): void; Closure(int): void",
        "Closure; Closure",
        "pure-callable(int): int; callable(int): int",
        // conditional types and other PHPStan constructs
        "($x is int ? string : bool); string|bool",
        "(T is array ? list<T> : null); list<T>|null",
        "($value is not null ? Foo : null); ?Foo",
        "Foo::BAR; mixed",
        "Foo::BAR_*; mixed",
        "self::*; mixed",
        "Foo::class; class-string<Foo>",
        "key-of<array{a: int, b: string}>; 'a'|'b'",
        "value-of<array{a: int, b: string}>; int|string",
        "key-of<Foo::MAP>; mixed",
        "T['key']; mixed",
        "int-mask<1, 2, 4>; int",
        "int-mask-of<Foo::*>; int",
        // our own notation
        "T of Foo; T of Foo",
        "T of (Foo|Bar); T of (Bar|Foo)",
        "T of mixed|null; (T of mixed)|null",
        "static(Foo); static(Foo)",
        "non-empty-array&array{a?: int, b?: int}; non-empty-array&array{a?: int, b?: int}",
    })
    void reads(String notation, String expected) {
        assertEquals(expected, read(notation));
    }

    @ParameterizedTest(name = "\"{0}\" is an error")
    @ValueSource(strings = {"", "   ", "int|", "|int", "array<", "array<int,", "array<int, string", "Foo<>",
        "array{a: int", "array{a: }", "int<5, 1>", "int<a, 5>", "'unclosed", "callable(int", "(int", "int)",
        "int string", "?", "&Foo", "$x", "($x)", "list<int, string>", "array<int, string, bool>", "static(", "..."})
    void malformedInputIsAnErrorNotAnException(String notation) {
        TypeParser.Result r = TypeParser.parse(notation);
        assertFalse(r.ok(), notation + " read as " + (r.ok() ? r.type().describe() : ""));
        assertTrue(r.value().isEmpty());
    }

    @Test
    void doubleQuotedLiteralsUnescapeLikePhp() {
        assertEquals(new Type.StrLit("a\nb"), TypeParser.parse("\"a\\nb\"").type());
        assertEquals("'say \"hi\"'", read("\"say \\\"hi\\\"\""));
    }

    @Test
    void deepNestingIsAnError() {
        String deep = "array<".repeat(5000) + "int" + ">".repeat(5000);
        assertFalse(TypeParser.parse(deep).ok());
        assertFalse(TypeParser.parse("(".repeat(100_000)).ok());
    }

    @Test
    void aPrefixEndsAtTopLevelWhitespace() {
        String tag = "array<string, int> $map The map, of things";
        TypeParser.Result r = TypeParser.parsePrefix(tag, 0);
        assertEquals("array<string, int>", r.type().describe());
        assertEquals(" $map The map, of things", tag.substring(r.end()));
        TypeParser.Result of = TypeParser.parsePrefix("Foo of the year", 0);
        assertEquals("Foo", of.type().describe(), "'of' starts a description in a docblock");
        TypeParser.Result multi = TypeParser.parsePrefix("array{\n  a: int,\n  b: string,\n} $x", 0);
        assertEquals("array{a: int, b: string}", multi.type().describe());
        TypeParser.Result ref = TypeParser.parsePrefix("Foo &$x", 0);
        assertEquals("Foo", ref.type().describe());
        assertEquals(" &$x", "Foo &$x".substring(ref.end()));
    }
}
