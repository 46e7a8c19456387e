package argus.config;

import argus.diag.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A project's settings, from {@code argus.json} (see {@link ConfigLoader}) or the defaults,
 * before command-line options override them. Paths and globs are relative to {@code root}, the
 * folder of the config file (or the working folder without one).
 *
 * @param rules   per rule id or category id (`dead-code`): on/off and a severity override
 * @param ignores findings to drop by path glob (and rules; all rules when the list is empty)
 * @param baseline baseline file, or null
 * @param failOn  lowest severity that fails the run; null for never
 * @param taint   the user's taint sources, sinks and sanitizers, as written (read by the taint engine)
 */
public record Config(Path root, Path file, List<String> paths, List<String> excludes, PhpVersionRange phpVersions,
                     int level, Map<String, RuleSetting> rules, List<PathIgnore> ignores, String baseline,
                     Severity failOn, JsonNode taint, List<String> entryPoints) {
    public static final int DEFAULT_LEVEL = 3;

    public Config {
        paths = List.copyOf(paths);
        excludes = List.copyOf(excludes);
        rules = Map.copyOf(rules);
        ignores = List.copyOf(ignores);
        entryPoints = List.copyOf(entryPoints);
    }

    /** No config file: everything default, the PHP versions from composer.json when present. */
    public static Config defaults(Path root, PhpVersionRange phpVersions) {
        return new Config(root, null, List.of("."), List.of(), phpVersions, DEFAULT_LEVEL, Map.of(), List.of(), null,
                Severity.ERROR, null, List.of());
    }

    /** On or off, and the severity to report at (null: the rule's own). */
    public record RuleSetting(boolean enabled, Severity severity) {
    }

    /** Drop findings in files matching {@code glob}, of {@code rules} (every rule when empty). */
    public record PathIgnore(String glob, List<String> rules) {
        public PathIgnore {
            rules = List.copyOf(rules);
        }
    }
}
