package argus.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Strict JSON reading (files people edit by hand) and stable pretty writing (files people diff). */
final class Json {
    /** Duplicate keys and text after the value are errors: either would silently drop what the user wrote. */
    static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** The value in {@code bytes}; a ConfigException "shown:line:column: what" when it is not JSON. */
    static JsonNode read(byte[] bytes, String shown) {
        JsonNode node;
        try {
            node = STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? shown : shown + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ConfigException(where + ": " + describe(e), e);
        } catch (IOException e) {
            throw new ConfigException(shown + ": " + e.getMessage(), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new ConfigException(shown + ": the file is empty; expected a JSON object");
        }
        return node;
    }

    /** Jackson's message without the Java-level detail (bound types, source descriptions). */
    private static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "unexpected text after the end of the JSON value";
        }
        String m = String.valueOf(e.getOriginalMessage());
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }

    /** Two-space indents, {@code "key": value}, LF line ends whatever the platform, a final newline. */
    static byte[] pretty(JsonNode node) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        try {
            String text = STRICT.writer(printer).writeValueAsString(node);
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
