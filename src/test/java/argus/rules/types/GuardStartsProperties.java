package argus.rules.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass search for existence tests finds the starts the lower-case-and-search definition finds. */
class GuardStartsProperties {
    private static final List<String> PIECES = List.of("function_exists", "Class_Exists", "DEFINED", "defined", "is_",
            "IS_array", "_exists", "undefined", "x", "9", "_", " ", "(", "'A'", "\n", "é", "É", "exists", "de", "fined");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(PIECES).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    /** The definition: each anchor in the lower-cased text, backed up to the start of its word. */
    private static int[] byDefinition(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        TreeSet<Integer> starts = new TreeSet<>();
        for (String anchor : List.of("_exists", "defined", "is_")) {
            for (int i = lower.indexOf(anchor); i >= 0; i = lower.indexOf(anchor, i + 1)) {
                int w = i;
                while (w > 0 && (lower.charAt(w - 1) == '_' || lower.charAt(w - 1) >= 'a' && lower.charAt(w - 1) <= 'z'
                        || lower.charAt(w - 1) >= '0' && lower.charAt(w - 1) <= '9')) {
                    w--;
                }
                starts.add(w);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    @Property(tries = 2000)
    void findsWhatTheDefinitionFinds(@ForAll("text") String text) {
        assertArrayEquals(byDefinition(text), Guards.guardStarts(text.getBytes(StandardCharsets.ISO_8859_1)), text);
    }

    @Example
    void wordStartsInOrderOnce() {
        String php = "if (Function_Exists('f') && !defined('X') && is_callable($c)) { undefined(); }";
        assertArrayEquals(new int[] {4, 29, 45, 64}, Guards.guardStarts(php.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
