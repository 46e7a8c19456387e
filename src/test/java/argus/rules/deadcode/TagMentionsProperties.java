package argus.rules.deadcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** TagMentions answers what the regular expression it replaced answers, for every tag and name. */
class TagMentionsProperties {
    private static final List<String> PIECES = List.of("@var", "@param", "@psalm-var", "@phpstan-param", "@variable",
            "@var-x", "@", "$a", "$ab", "$a_", "$$a", "$é", "$aé", " ", "\n", "\r\n", "int", "*", "/**", "*/", "a", "é",
            "-", "$", "psalm-", "{", "}");
    private static final List<String> NAMES = List.of("a", "ab", "a_", "é", "aé", "b");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> name() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<String> tag() {
        return Arbitraries.of("var", "param");
    }

    private static boolean byRegex(String text, String tag, String name) {
        return Pattern.compile("@(?:psalm-|phpstan-)?" + tag + "\\b[^\\n]*\\$" + Pattern.quote(name) + "\\b")
                .matcher(text).find();
    }

    @Property(tries = 2000)
    void agreesWithTheTagPattern(@ForAll("text") String text, @ForAll("tag") String tag, @ForAll("name") String name) {
        assertEquals(byRegex(text, tag, name), TagMentions.of(text, tag).contains(name), text);
    }

    @Example
    void namesOnTheTagLineOnly() {
        String doc = "/**\n * @var int $count\n * @var string $a, $b the rest\n * $later\n * @variable $no\n */";
        assertEquals(java.util.Set.of("count", "a", "b"), TagMentions.of(doc, "var"));
        assertEquals(java.util.Set.of("x"), TagMentions.of("@phpstan-param list<int> $x", "param"));
    }
}
