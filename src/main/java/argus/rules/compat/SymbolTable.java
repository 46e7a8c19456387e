package argus.rules.compat;

import argus.config.PhpVersion;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hand-written table {@code rules/compat/symbols.json}: what the generated built-ins data
 * (PHP 7.2..8.4 only) cannot know, namely symbols added in 7.0..7.2 and symbols or whole
 * extensions removed before 7.2 or never built by the runtimes the data came from. Loaded
 * strictly: an unknown field, a version argus does not know or a symbol listed twice fails.
 */
final class SymbolTable {
    private static final SymbolTable INSTANCE = load();

    /** Versions of one symbol as the table states them; null where the table says nothing. */
    record Entry(PhpVersion since, PhpVersion removed) {
    }

    /**
     * An extension that left PHP's distribution: {@code pecl} when it lives on as a PECL package;
     * {@code successor} the extension code picks instead where both may exist (mysqli for mysql), or null.
     */
    record Extension(String name, PhpVersion deprecated, PhpVersion removed, boolean pecl, String successor,
                     List<String> functions, List<String> functionPrefixes, List<String> constantPrefixes) {
        boolean hasFunction(String lowerName) {
            return functions.contains(lowerName) || functionPrefixes.stream().anyMatch(lowerName::startsWith);
        }

        boolean hasConstant(String name) {
            return constantPrefixes.stream().anyMatch(name::startsWith);
        }
    }

    record Group(String source, String since, String removed, List<String> functions, List<String> classes,
                 List<String> methods, List<String> constants, List<String> constantPrefixes) {
    }

    record ExtensionJson(String source, String deprecated, String removed, boolean pecl, String successor, List<String> functions,
                         List<String> functionPrefixes, List<String> constantPrefixes) {
    }

    record Json(List<Group> groups, LinkedHashMap<String, ExtensionJson> extensions) {
    }

    private final Map<String, Entry> functions = new HashMap<>();
    private final Map<String, Entry> classes = new HashMap<>();
    private final Map<String, Entry> methods = new HashMap<>();
    private final Map<String, Entry> constants = new HashMap<>();
    private final Map<String, Entry> constantPrefixes = new LinkedHashMap<>();
    private final List<Extension> extensions = new ArrayList<>();

    private SymbolTable() {
    }

    static SymbolTable get() {
        return INSTANCE;
    }

    Entry function(String lowerName) {
        return functions.get(lowerName);
    }

    Entry clazz(String lowerName) {
        return classes.get(lowerName);
    }

    /** {@code lowerClass::lowerMethod}. */
    Entry method(String lowerClass, String lowerMethod) {
        return methods.get(lowerClass + "::" + lowerMethod);
    }

    /** The lower-case method names the table dates. */
    java.util.Set<String> methodNames() {
        java.util.Set<String> out = new java.util.HashSet<>();
        methods.keySet().forEach(k -> out.add(k.substring(k.indexOf("::") + 2)));
        return out;
    }

    Entry constant(String name) {
        Entry e = constants.get(name);
        if (e != null) {
            return e;
        }
        for (Map.Entry<String, Entry> p : constantPrefixes.entrySet()) {
            if (name.startsWith(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    /** The removed extensions that code picks another extension over at run time (mysql, when mysqli is missing). */
    List<Extension> replaced() {
        return extensions.stream().filter(x -> x.successor() != null).toList();
    }

    /** The removed extension a function belongs to, or null. */
    Extension extensionOfFunction(String lowerName) {
        for (Extension x : extensions) {
            if (x.hasFunction(lowerName)) {
                return x;
            }
        }
        return null;
    }

    Extension extensionOfConstant(String name) {
        for (Extension x : extensions) {
            if (x.hasConstant(name)) {
                return x;
            }
        }
        return null;
    }

    static SymbolTable parse(InputStream in) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        Json json = mapper.readValue(in, Json.class);
        SymbolTable t = new SymbolTable();
        for (Group g : json.groups()) {
            if (g.source() == null || g.source().isBlank()) {
                throw new IllegalArgumentException("rules/compat/symbols.json: a group without a source");
            }
            if ((g.since() == null) == (g.removed() == null)) {
                throw new IllegalArgumentException("rules/compat/symbols.json: a group needs exactly one of since, removed: " + g.source());
            }
            Entry e = new Entry(version(g.since()), version(g.removed()));
            putAll(t.functions, g.functions(), e, true);
            putAll(t.classes, g.classes(), e, true);
            putAll(t.methods, g.methods(), e, true);
            putAll(t.constants, g.constants(), e, false);
            putAll(t.constantPrefixes, g.constantPrefixes(), e, false);
        }
        json.extensions().forEach((name, x) -> {
            if (x.removed() == null || x.source() == null) {
                throw new IllegalArgumentException("rules/compat/symbols.json: extension " + name + " needs removed and source");
            }
            t.extensions.add(new Extension(name, historical(x.deprecated()), version(x.removed()), x.pecl(),
                    x.successor() == null ? null : x.successor().toLowerCase(java.util.Locale.ROOT), lower(x.functions()), lower(x.functionPrefixes()), x.constantPrefixes() == null ? List.of() : x.constantPrefixes()));
        });
        return t;
    }

    private static void putAll(Map<String, Entry> into, List<String> names, Entry e, boolean caseInsensitive) {
        if (names == null) {
            return;
        }
        for (String n : names) {
            String key = caseInsensitive ? n.toLowerCase(Locale.ROOT) : n;
            if (into.put(key, e) != null) {
                throw new IllegalArgumentException("rules/compat/symbols.json lists " + n + " twice");
            }
        }
    }

    private static List<String> lower(List<String> names) {
        return names == null ? List.of() : names.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private static PhpVersion version(String text) {
        return text == null ? null : PhpVersion.parse(text);
    }

    /** A version that may predate those argus targets (ext/mysql was deprecated in 5.5): only named in messages. */
    private static PhpVersion historical(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("rules/compat/symbols.json: not a version: " + text);
        }
        return new PhpVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static SymbolTable load() {
        try (InputStream in = SymbolTable.class.getClassLoader().getResourceAsStream("rules/compat/symbols.json")) {
            if (in == null) {
                throw new IllegalStateException("rules/compat/symbols.json is not on the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules/compat/symbols.json", e);
        }
    }
}
