package argus.config;

import argus.diag.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON tree of an argus.json turned into a {@link Config}, checking every key and value.
 * A message names the key path as a user would write it to find the spot: {@code rules.Foo},
 * {@code ignore[2].path}, {@code taint.sinks[0]}.
 */
final class ConfigReader {
    /** Sorted, so that "did you mean" picks the same candidate on every run. */
    static final List<String> KEYS = List.of("$schema", "baseline", "cacheDir", "entryPoints", "exclude", "failOn",
            "findDeadCode", "ignore", "level", "paths", "php", "rules", "taint");
    static final List<String> RULE_VALUES = List.of("off", "on", "error", "warning", "note");
    static final List<String> RULE_OBJECT_KEYS = List.of("enabled", "severity");
    static final List<String> SEVERITIES = List.of("error", "warning", "note");
    static final List<String> FAIL_ON = List.of("error", "warning", "note", "never");
    static final List<String> IGNORE_KEYS = List.of("path", "rules");
    static final List<String> TAINT_KEYS = List.of("sanitizers", "sinks", "sources");
    /** What a taint entry names; other keys (kinds, argument positions) are the taint engine's to check. */
    static final List<String> TAINT_TARGETS = List.of("function", "method", "property");

    private final Path file;
    private final List<String> warnings;

    ConfigReader(Path file, List<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    Config read(JsonNode tree) {
        if (!tree.isObject()) {
            throw new ConfigException(ConfigException.shown(file) + ": expected a JSON object ({...}) at the top, not "
                    + kind(tree));
        }
        knownKeys(tree, "", KEYS);
        Path root = file.getParent();
        List<String> paths = strings(tree, "paths", List.of("."));
        if (paths.isEmpty()) {
            throw error("paths", "lists no path; leave the key out to analyse the config's folder");
        }
        List<String> excludes = strings(tree, "exclude", List.of());
        PhpVersionRange php = present(tree, "php") ? php(tree.get("php")) : Composer.phpVersions(root, warnings);
        int level = Config.DEFAULT_LEVEL;
        if (present(tree, "level")) {
            JsonNode n = tree.get("level");
            if (!n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > 5) {
                throw error("level", "must be a whole number from 1 (strictest) to 5, not " + n);
            }
            level = n.asInt();
        }
        Map<String, Config.RuleSetting> rules = present(tree, "rules") ? rules(tree.get("rules")) : Map.of();
        List<Config.PathIgnore> ignores = present(tree, "ignore") ? ignores(tree.get("ignore")) : List.of();
        String baseline = present(tree, "baseline") ? nonEmptyString(tree.get("baseline"), "baseline") : null;
        Severity failOn = Severity.ERROR;
        if (present(tree, "failOn")) {
            String v = oneOf(tree.get("failOn"), "failOn", FAIL_ON);
            failOn = v.equals("never") ? null : Severity.parse(v);
        }
        JsonNode taint = present(tree, "taint") ? taint(tree.get("taint")) : null;
        List<String> entryPoints = strings(tree, "entryPoints", List.of());
        for (int i = 0; i < entryPoints.size(); i++) {
            try {
                EntryPoint.parse(entryPoints.get(i));
            } catch (IllegalArgumentException e) {
                throw error("entryPoints[" + i + "]", e.getMessage());
            }
        }
        boolean findDeadCode = false;
        if (present(tree, "findDeadCode")) {
            JsonNode n = tree.get("findDeadCode");
            if (!n.isBoolean()) {
                throw error("findDeadCode", "must be true or false, not " + n);
            }
            findDeadCode = n.asBoolean();
        }
        String cacheDir = present(tree, "cacheDir") ? nonEmptyString(tree.get("cacheDir"), "cacheDir") : null;
        return new Config(root, file, paths, excludes, php, level, rules, ignores, baseline, failOn, taint,
                entryPoints, findDeadCode, cacheDir);
    }

    /** A top-level null means "the default", as if the key were left out. */
    private static boolean present(JsonNode tree, String key) {
        JsonNode n = tree.get(key);
        return n != null && !n.isNull();
    }

    private PhpVersionRange php(JsonNode n) {
        if (!n.isTextual()) {
            // A number would lose "8.10" as 8.1, so only strings are accepted.
            throw error("php", "must be a string such as \"8.1\" or \"7.4..8.4\", not " + n);
        }
        try {
            return PhpVersionRange.parse(n.asText());
        } catch (IllegalArgumentException e) {
            throw error("php", e.getMessage());
        }
    }

    private Map<String, Config.RuleSetting> rules(JsonNode n) {
        if (!n.isObject()) {
            throw error("rules", "must be an object of rule or category ids, e.g. {\"dead-code\": \"off\"}, not "
                    + kind(n));
        }
        Map<String, Config.RuleSetting> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String path = "rules." + e.getKey();
            if (e.getKey().isBlank()) {
                throw error(path, "empty rule id");
            }
            out.put(e.getKey(), ruleSetting(e.getValue(), path));
        }
        return out;
    }

    private Config.RuleSetting ruleSetting(JsonNode v, String path) {
        if (v.isBoolean()) {
            return new Config.RuleSetting(v.asBoolean(), null);
        }
        if (v.isTextual()) {
            String s = oneOf(v, path, RULE_VALUES);
            return switch (s) {
                case "off" -> new Config.RuleSetting(false, null);
                case "on" -> new Config.RuleSetting(true, null);
                default -> new Config.RuleSetting(true, Severity.parse(s));
            };
        }
        if (v.isObject()) {
            knownKeys(v, path + ".", RULE_OBJECT_KEYS);
            boolean enabled = true;
            JsonNode en = v.get("enabled");
            if (en != null) {
                if (!en.isBoolean()) {
                    throw error(path + ".enabled", "must be true or false, not " + en);
                }
                enabled = en.asBoolean();
            }
            JsonNode sev = v.get("severity");
            Severity severity = sev == null ? null : Severity.parse(oneOf(sev, path + ".severity", SEVERITIES));
            return new Config.RuleSetting(enabled, severity);
        }
        throw error(path, "must be one of " + String.join(", ", RULE_VALUES)
                + " or {\"enabled\": true, \"severity\": \"warning\"}, not " + v);
    }

    private List<Config.PathIgnore> ignores(JsonNode n) {
        if (!n.isArray()) {
            throw error("ignore", "must be an array of {\"path\": \"glob\", \"rules\": [...]}, not " + kind(n));
        }
        List<Config.PathIgnore> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode entry = n.get(i);
            String path = "ignore[" + i + "]";
            if (!entry.isObject()) {
                throw error(path, "must be an object {\"path\": \"glob\", \"rules\": [...]}, not " + kind(entry));
            }
            knownKeys(entry, path + ".", IGNORE_KEYS);
            JsonNode glob = entry.get("path");
            if (glob == null) {
                throw error(path + ".path", "missing: the glob of the files whose findings to drop");
            }
            String g = nonEmptyString(glob, path + ".path");
            List<String> rules = List.of();
            if (entry.has("rules")) {
                rules = stringList(entry.get("rules"), path + ".rules");
                if (rules.isEmpty()) {
                    throw error(path + ".rules", "lists no rule; leave the key out to drop every rule's findings");
                }
            }
            out.add(new Config.PathIgnore(g, rules));
        }
        return out;
    }

    /** Only the shape is checked here; the taint engine reads the entries themselves. */
    private JsonNode taint(JsonNode n) {
        if (!n.isObject()) {
            throw error("taint", "must be an object with \"sources\", \"sinks\" and \"sanitizers\" arrays, not "
                    + kind(n));
        }
        knownKeys(n, "taint.", TAINT_KEYS);
        for (String key : TAINT_KEYS) {
            JsonNode list = n.get(key);
            String path = "taint." + key;
            if (list == null) {
                continue;
            }
            if (!list.isArray()) {
                throw error(path, "must be an array of objects such as {\"function\": \"my_query\"}, not " + kind(list));
            }
            for (int i = 0; i < list.size(); i++) {
                taintEntry(list.get(i), path + "[" + i + "]");
            }
        }
        return n.deepCopy();
    }

    private void taintEntry(JsonNode entry, String path) {
        if (!entry.isObject()) {
            throw error(path, "must be an object such as {\"function\": \"my_query\"}, not " + kind(entry));
        }
        String target = null;
        for (String t : TAINT_TARGETS) {
            JsonNode v = entry.get(t);
            if (v == null) {
                continue;
            }
            nonEmptyString(v, path + "." + t);
            if (target != null) {
                throw error(path, "names both \"" + target + "\" and \"" + t + "\"; use one entry for each");
            }
            target = t;
        }
        if (target == null) {
            throw error(path, "needs a \"function\", \"method\" (Class::name) or \"property\" (Class::$name)");
        }
    }

    private List<String> strings(JsonNode tree, String key, List<String> absent) {
        return present(tree, key) ? stringList(tree.get(key), key) : absent;
    }

    private List<String> stringList(JsonNode n, String path) {
        if (!n.isArray()) {
            throw error(path, "must be an array of strings, not " + kind(n));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(nonEmptyString(n.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private String nonEmptyString(JsonNode n, String path) {
        if (!n.isTextual()) {
            throw error(path, "must be a string, not " + kind(n));
        }
        if (n.asText().isBlank()) {
            throw error(path, "must not be empty");
        }
        return n.asText();
    }

    /** One of {@code values}, ignoring case; otherwise an error listing them. */
    private String oneOf(JsonNode n, String path, List<String> values) {
        if (n.isTextual()) {
            String v = n.asText().trim().toLowerCase(Locale.ROOT);
            if (values.contains(v)) {
                return v;
            }
        }
        String hint = n.isTextual() ? Names.didYouMean(n.asText(), values) : "";
        throw error(path, "must be one of " + String.join(", ", values) + ", not " + n + hint);
    }

    private void knownKeys(JsonNode object, String prefix, List<String> known) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String key = e.getKey();
            if (!known.contains(key)) {
                throw error(prefix + key, "unknown key" + Names.didYouMean(key, known.stream()
                        .filter(k -> !k.startsWith("$")).toList()));
            }
        }
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        return n.toString();
    }

    private ConfigException error(String keyPath, String message) {
        return ConfigException.at(file, keyPath, message);
    }
}
