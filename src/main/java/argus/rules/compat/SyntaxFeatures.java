package argus.rules.compat;

import argus.config.PhpVersion;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table {@code rules/compat/syntax.json}, read once from the class path. Loading is strict
 * (an unknown or repeated field, an unknown version, an entry without a version fails), so a typo in
 * the data breaks the build instead of silencing a rule.
 */
public final class SyntaxFeatures {
    private static final Map<String, Feature> ALL = load();

    private SyntaxFeatures() {
    }

    /** The entry as written in the data file. */
    record Entry(String description, String since, String deprecated, String until) {
    }

    public static Map<String, Feature> all() {
        return ALL;
    }

    /** The feature with this id; a rule naming a missing one fails when its class loads. */
    public static Feature get(String id) {
        Feature f = ALL.get(id);
        if (f == null) {
            throw new IllegalArgumentException("rules/compat/syntax.json has no feature " + id);
        }
        return f;
    }

    static Map<String, Feature> parse(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        Map<String, Entry> entries = mapper.readValue(in, new TypeReference<LinkedHashMap<String, Entry>>() { });
        Map<String, Feature> out = new LinkedHashMap<>();
        entries.forEach((id, e) -> {
            if (e.description() == null || e.description().isBlank()) {
                throw new IllegalArgumentException("syntax feature " + id + " has no description");
            }
            if (e.since() == null && e.deprecated() == null && e.until() == null) {
                throw new IllegalArgumentException("syntax feature " + id + " has no version");
            }
            out.put(id, new Feature(id, e.description(), version(e.since()), version(e.deprecated()), version(e.until())));
        });
        return Collections.unmodifiableMap(out);
    }

    private static PhpVersion version(String text) {
        return text == null ? null : PhpVersion.parse(text);
    }

    private static Map<String, Feature> load() {
        try (InputStream in = SyntaxFeatures.class.getClassLoader().getResourceAsStream("rules/compat/syntax.json")) {
            if (in == null) {
                throw new IllegalStateException("rules/compat/syntax.json is not on the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules/compat/syntax.json", e);
        }
    }
}
