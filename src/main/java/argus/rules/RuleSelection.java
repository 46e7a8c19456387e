package argus.rules;

import argus.config.Config;
import argus.config.ConfigException;
import argus.config.Names;
import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Which rules run, and at which severity, from the config's {@code rules} and the command line's
 * {@code --enable}, {@code --disable} and {@code --level}. Precedence, weakest first: the rule's
 * defaults, a config category setting, a config rule setting, a CLI category, a CLI rule; so the
 * command line always wins over the file, and within each a rule's own setting over its category's.
 * <ul>
 *   <li>An opt-in rule ({@code enabledByDefault = false}) runs only when named by its id: switching a
 *       category on restores its default rules, it does not opt into the noisy ones. The
 *       whole-project rules are opt-in, and on by default in a {@code --find-dead-code} run.</li>
 *   <li>A rule whose {@link RuleInfo#level()} is below the chosen level is off even when named; then
 *       {@link #warnings()} says so, since a rule asked for by name that never reports is a puzzle.</li>
 * </ul>
 * Lives here rather than in argus.config because it needs the registry, and argus.rules already
 * reads argus.config.
 */
public final class RuleSelection {
    /** One rule's outcome: whether it runs and the severity its findings carry. */
    public record Choice(Rule rule, boolean enabled, Severity severity) {
        public String id() {
            return rule.id();
        }
    }

    /** A rule id or a category, as named by a user. */
    private record Target(Rule rule, Category category) {
    }

    private final int level;
    private final Map<String, Choice> byId;
    private final List<String> warnings;

    private RuleSelection(int level, Map<String, Choice> byId, List<String> warnings) {
        this.level = level;
        this.byId = byId;
        this.warnings = List.copyOf(warnings);
    }

    /** Every registered rule with its defaults at the config's level: what a run without options does. */
    public static RuleSelection defaults(Config config) {
        return of(config, List.of(), List.of(), null);
    }

    /**
     * @param enable  {@code --enable} values: rule or category ids, each possibly "A,B"
     * @param disable {@code --disable} values, likewise
     * @param level   {@code --level}, or null for the config's
     * @throws ConfigException naming the key ({@code rules.Foo}) or the option on an unknown name
     */
    public static RuleSelection of(Config config, List<String> enable, List<String> disable, Integer level) {
        return of(config, enable, disable, level, false, RuleRegistry.ALL);
    }

    /**
     * @param findDeadCode {@code --find-dead-code}: the whole-project rules ({@link ProjectRule}) are
     *                     on by default, as they are when the config's {@code findDeadCode} is true
     */
    public static RuleSelection of(Config config, List<String> enable, List<String> disable, Integer level,
                                   boolean findDeadCode) {
        return of(config, enable, disable, level, findDeadCode, RuleRegistry.ALL);
    }

    /** With another rule list: tests use rules with aliases, levels and opt-in flags that are not registered yet. */
    public static RuleSelection of(Config config, List<String> enable, List<String> disable, Integer level,
                                   List<? extends Rule> rules) {
        return of(config, enable, disable, level, false, rules);
    }

    public static RuleSelection of(Config config, List<String> enable, List<String> disable, Integer level,
                                   boolean findDeadCode, List<? extends Rule> rules) {
        boolean projectRulesOn = findDeadCode || config.findDeadCode();
        int chosenLevel = level != null ? level : config.level();
        if (chosenLevel < 1 || chosenLevel > 5) {
            throw new ConfigException("--level must be from 1 (strictest) to 5, not " + chosenLevel);
        }
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id));

        Map<Category, Config.RuleSetting> fileCategories = new EnumMap<>(Category.class);
        Map<String, Config.RuleSetting> fileRules = new TreeMap<>();
        Map<String, String> keyOf = new TreeMap<>();
        // Sorted keys: when a config names one rule twice ("ParseError" and "parseerror"), the message is stable.
        for (Map.Entry<String, Config.RuleSetting> e : new TreeMap<>(config.rules()).entrySet()) {
            String key = "rules." + e.getKey();
            Target t = resolve(e.getKey(), sorted, () -> ConfigException.at(config.file(), key,
                    unknown(e.getKey(), sorted)));
            String canonical = t.rule != null ? t.rule.id() : t.category.id();
            String previous = keyOf.put(canonical, key);
            if (previous != null) {
                throw ConfigException.at(config.file(), key, canonical + " is already set by " + previous);
            }
            if (t.rule != null) {
                fileRules.put(t.rule.id(), e.getValue());
            } else {
                fileCategories.put(t.category, e.getValue());
            }
        }

        Set<Category> cliOnCategories = EnumSet.noneOf(Category.class);
        Set<Category> cliOffCategories = EnumSet.noneOf(Category.class);
        Set<String> cliOnRules = new LinkedHashSet<>();
        Set<String> cliOffRules = new LinkedHashSet<>();
        Map<String, String> cliSeen = new LinkedHashMap<>();
        for (String name : split(enable, "--enable")) {
            Target t = resolve(name, sorted, () -> new ConfigException("--enable " + name + ": " + unknown(name, sorted)));
            cliSeen.put(t.rule != null ? t.rule.id() : t.category.id(), name);
            if (t.rule != null) {
                cliOnRules.add(t.rule.id());
            } else {
                cliOnCategories.add(t.category);
            }
        }
        for (String name : split(disable, "--disable")) {
            Target t = resolve(name, sorted, () -> new ConfigException("--disable " + name + ": " + unknown(name, sorted)));
            String canonical = t.rule != null ? t.rule.id() : t.category.id();
            if (cliSeen.containsKey(canonical)) {
                throw new ConfigException("--disable " + name + ": also given to --enable");
            }
            if (t.rule != null) {
                cliOffRules.add(t.rule.id());
            } else {
                cliOffCategories.add(t.category);
            }
        }

        Map<String, Choice> byId = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Rule r : sorted) {
            RuleInfo info = r.info();
            boolean byDefault = info.enabledByDefault() || projectRulesOn && r instanceof ProjectRule;
            boolean enabled = byDefault;
            Severity severity = info.severity();
            boolean named = false;
            Config.RuleSetting cat = fileCategories.get(info.category());
            if (cat != null) {
                enabled = cat.enabled() ? enabled || byDefault : false;
                severity = cat.severity() != null ? cat.severity() : severity;
            }
            Config.RuleSetting own = fileRules.get(r.id());
            if (own != null) {
                enabled = own.enabled();
                named = own.enabled();
                severity = own.severity() != null ? own.severity() : severity;
            }
            if (cliOffCategories.contains(info.category())) {
                enabled = false;
            } else if (cliOnCategories.contains(info.category()) && byDefault) {
                enabled = true;
            }
            if (cliOffRules.contains(r.id())) {
                enabled = false;
                named = false;
            } else if (cliOnRules.contains(r.id())) {
                enabled = true;
                named = true;
            }
            if (enabled && info.level() < chosenLevel) {
                enabled = false;
                if (named) {
                    warnings.add(r.id() + " is enabled but reports only at --level " + info.level()
                            + " or stricter (the level is " + chosenLevel + ")");
                }
            }
            byId.put(r.id(), new Choice(r, enabled, severity));
        }
        return new RuleSelection(chosenLevel, byId, warnings);
    }

    public int level() {
        return level;
    }

    /** Every rule, sorted by id. */
    public List<Choice> choices() {
        return List.copyOf(byId.values());
    }

    /** The rules that run, sorted by id. */
    public List<Rule> enabledRules() {
        return byId.values().stream().filter(Choice::enabled).map(Choice::rule).toList();
    }

    /** Whether the rule with exactly this id runs; false for ids that are no rule. */
    public boolean enabled(String ruleId) {
        Choice c = byId.get(ruleId);
        return c != null && c.enabled();
    }

    /** The severity the rule's findings carry. */
    public Severity severity(String ruleId) {
        Choice c = byId.get(ruleId);
        if (c == null) {
            throw new IllegalArgumentException("unknown rule: " + ruleId);
        }
        return c.severity();
    }

    /**
     * Findings made before the selection was known (the parse phase's ParseError, say): drops those of
     * rules that are off and gives the rest their chosen severity. Findings of ids that are no rule
     * (internal notices) pass unchanged.
     */
    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Choice c = byId.get(f.rule());
            if (c == null) {
                out.add(f);
            } else if (c.enabled()) {
                out.add(c.severity() == f.severity() ? f : new Finding(f.rule(), f.category(), c.severity(), f.file(),
                        f.span(), f.message(), f.trace()));
            }
        }
        return out;
    }

    /** Things to tell the user that are not errors: named rules the level turns off. */
    public List<String> warnings() {
        return warnings;
    }

    private static Target resolve(String name, List<Rule> rules, Supplier<ConfigException> unknown) {
        for (Rule r : rules) {
            if (r.id().equalsIgnoreCase(name)) {
                return new Target(r, null);
            }
        }
        for (Category c : Category.values()) {
            if (c.id().equalsIgnoreCase(name) || c.name().equalsIgnoreCase(name)) {
                return new Target(null, c);
            }
        }
        throw unknown.get();
    }

    private static String unknown(String name, List<Rule> rules) {
        List<String> candidates = new ArrayList<>();
        rules.forEach(r -> candidates.add(r.id()));
        for (Category c : Category.values()) {
            candidates.add(c.id());
        }
        boolean looksLikeRule = !name.equals(name.toLowerCase(Locale.ROOT));
        return (looksLikeRule ? "unknown rule" : "unknown rule or category") + Names.didYouMean(name, candidates);
    }

    /** CLI values, each of which may hold several names separated by commas. */
    private static List<String> split(List<String> values, String option) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String part : v.split(",", -1)) {
                String name = part.trim();
                if (name.isEmpty()) {
                    throw new ConfigException(option + " '" + v + "': empty rule or category name");
                }
                out.add(name);
            }
        }
        return out;
    }
}
