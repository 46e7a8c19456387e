package argus.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Docblocks are user text: the type and docblock readers return errors and problems for
 * anything, and never throw. Token soup finds more than random bytes, which rarely get
 * past the first character.
 */
class ParserTotalityProperties {
    private static final List<String> TYPE_TOKENS = List.of("int", "string", "array", "list", "Foo", "\\Bar", "T",
            "<", ">", "{", "}", "(", ")", "[", "]", ",", "|", "&", "?", ":", "::", "...", "=", "$x", "$this",
            "'a'", "\"b\"", "'", "-1", "0x1F", "1.5", "of", "is", "callable", "Closure", "static", "class-string",
            "int<", "min", "max", "key-of", "non-empty-array", "*", " ", "\n", "array{", "list{", "a:", "b?:");

    private static final List<String> DOC_TOKENS = List.of("/**", "*/", "\n * ", "@param", "@return", "@var",
            "@method", "@template", "@extends", "@psalm-return", "@phpstan-param", "@property-read", "@throws",
            "@deprecated", "@type", "static", "$x", "&", "...", "(", ")", "{", "}", "=", "int", "Foo<T>",
            "array{a: int}", "text", " ", "of", "as");

    @Provide
    Arbitrary<String> typeSoup() {
        return Arbitraries.of(TYPE_TOKENS).list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> docSoup() {
        return Arbitraries.of(DOC_TOKENS).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 1000)
    void typeParserIsTotal(@ForAll("typeSoup") String text) {
        TypeParser.Result r = TypeParser.parse(text);
        assertTrue(r.ok() == (r.type() != null) && r.ok() == (r.error() == null));
        assertTrue(r.ok() || !r.error().startsWith("cannot read type"), r.error());
        if (r.ok()) {
            assertEquals(r.type(), TypeParser.parse(r.type().describe()).type(), r.type().describe());
        }
        for (int i = 0; i < text.length(); i += 3) {
            TypeParser.Result p = TypeParser.parsePrefix(text, i);
            assertTrue(p.ok() || !p.error().startsWith("cannot read type"), p.error());
        }
    }

    @Property(tries = 300)
    void typeParserIsTotalOnAnyChars(@ForAll String text) {
        assertNotNull(TypeParser.parse(text));
    }

    @Property(tries = 1000)
    void docblockParserIsTotal(@ForAll("docSoup") String text) {
        Docblock doc = Docblock.parse(text);
        assertTrue(doc.problems().stream().noneMatch(p -> p.message().contains("cannot read")), doc.problems().toString());
    }
}
