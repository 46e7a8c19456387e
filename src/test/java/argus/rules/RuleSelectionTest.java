package argus.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.config.Config;
import argus.config.ConfigException;
import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.Span;
import argus.testing.TestRules;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSelectionTest {
    private static final Path ROOT = Path.of("/project").toAbsolutePath();

    private static Config config(int level, Map<String, Config.RuleSetting> rules) {
        Config d = Config.defaults(ROOT, PhpVersionRange.NEWEST);
        return new Config(ROOT, ROOT.resolve("argus.json"), d.paths(), d.excludes(), d.phpVersions(), level, rules,
                List.of(), null, Severity.ERROR, null, List.of());
    }

    private static Map<String, Config.RuleSetting> rules(Object... keyAndSetting) {
        Map<String, Config.RuleSetting> m = new LinkedHashMap<>();
        for (int i = 0; i < keyAndSetting.length; i += 2) {
            m.put((String) keyAndSetting[i], (Config.RuleSetting) keyAndSetting[i + 1]);
        }
        return m;
    }

    private static final Config.RuleSetting OFF = new Config.RuleSetting(false, null);
    private static final Config.RuleSetting ON = new Config.RuleSetting(true, null);

    private static Config.RuleSetting at(Severity s) {
        return new Config.RuleSetting(true, s);
    }

    private static RuleSelection select(Config c, List<String> enable, List<String> disable, Integer level) {
        return RuleSelection.of(c, enable, disable, level, TestRules.ALL);
    }

    private static List<String> enabledIds(RuleSelection s) {
        return s.enabledRules().stream().map(Rule::id).toList();
    }

    @Test
    void byDefaultEveryDefaultRuleAtTheDefaultLevelRunsAtItsOwnSeverity() {
        RuleSelection s = select(config(3, Map.of()), List.of(), List.of(), null);
        assertEquals(3, s.level());
        // MixedArgument reports only at level 1; UnusedPublicMethod is opt-in.
        assertEquals(List.of("ParseError", "PossiblyNullReference", "TaintedSql", "UndefinedVariable",
                "UnusedSuppression", "UnusedVariable"), enabledIds(s));
        assertEquals(Severity.WARNING, s.severity("UnusedVariable"));
        assertEquals(TestRules.ALL.size(), s.choices().size());
        assertTrue(s.warnings().isEmpty());
    }

    @Test
    void theRegisteredRulesAreAllOnByDefault() {
        RuleSelection s = RuleSelection.defaults(Config.defaults(ROOT, PhpVersionRange.NEWEST));
        List<String> expected = RuleRegistry.ALL.stream()
                .filter(r -> r.info().enabledByDefault() && r.info().level() >= Config.DEFAULT_LEVEL)
                .map(Rule::id).toList();
        assertTrue(expected.contains("ParseError") && expected.size() > 2);
        assertEquals(expected, enabledIds(s));
    }

    @Test
    void theLevelTurnsOffRulesThatAreOnlyPossiblyRight() {
        assertTrue(select(config(1, Map.of()), List.of(), List.of(), null).enabled("MixedArgument"));
        assertTrue(select(config(3, Map.of()), List.of(), List.of(), 1).enabled("MixedArgument"), "--level wins");
        RuleSelection level4 = select(config(3, Map.of()), List.of(), List.of(), 4);
        assertFalse(level4.enabled("PossiblyNullReference"));
        assertTrue(level4.enabled("UndefinedVariable"));
    }

    @Test
    void aRuleNamedButCutByTheLevelStaysOffWithAWarning() {
        RuleSelection s = select(config(3, Map.of()), List.of("MixedArgument"), List.of(), null);
        assertFalse(s.enabled("MixedArgument"));
        assertEquals(List.of("MixedArgument is enabled but reports only at --level 1 or stricter (the level is 3)"),
                s.warnings());
    }

    @Test
    void aCategorySettingAppliesToItsRulesAndARuleSettingWinsOverIt() {
        RuleSelection s = select(config(3, rules("dead-code", at(Severity.ERROR), "UnusedSuppression", OFF,
                "types", OFF, "TaintedSql", at(Severity.WARNING))), List.of(), List.of(), null);
        assertEquals(Severity.ERROR, s.severity("UnusedVariable"));
        assertTrue(s.enabled("UnusedVariable"));
        assertFalse(s.enabled("UnusedSuppression"));
        assertFalse(s.enabled("UndefinedVariable"));
        assertEquals(Severity.WARNING, s.severity("TaintedSql"));
        RuleSelection back = select(config(3, rules("types", OFF, "UndefinedVariable", ON)), List.of(), List.of(), null);
        assertTrue(back.enabled("UndefinedVariable"), "the rule's own setting wins over its category's");
    }

    @Test
    void optInRulesRunOnlyWhenNamed() {
        assertFalse(select(config(3, rules("dead-code", ON)), List.of(), List.of(), null).enabled("UnusedPublicMethod"));
        assertFalse(select(config(3, Map.of()), List.of("dead-code"), List.of(), null).enabled("UnusedPublicMethod"));
        assertTrue(select(config(3, rules("UnusedPublicMethod", ON)), List.of(), List.of(), null)
                .enabled("UnusedPublicMethod"));
        assertTrue(select(config(3, Map.of()), List.of("UnusedPublicMethod"), List.of(), null)
                .enabled("UnusedPublicMethod"));
    }

    @Test
    void theCommandLineWinsOverTheConfig() {
        Config c = config(3, rules("UnusedVariable", OFF, "security", OFF, "TaintedSql", ON));
        RuleSelection s = select(c, List.of("UnusedVariable"), List.of("security"), null);
        assertTrue(s.enabled("UnusedVariable"));
        assertFalse(s.enabled("TaintedSql"), "--disable security beats the config's TaintedSql: on");
        RuleSelection category = select(c, List.of("dead-code"), List.of(), null);
        assertTrue(category.enabled("UnusedVariable"), "--enable dead-code beats the config's UnusedVariable: off");
        RuleSelection ruleOverCategory = select(config(3, Map.of()), List.of("UnusedVariable"), List.of("dead-code"), null);
        assertTrue(ruleOverCategory.enabled("UnusedVariable"));
        assertFalse(ruleOverCategory.enabled("UnusedSuppression"));
    }

    @Test
    void commandLineValuesMayHoldSeveralNamesAndAnyCase() {
        RuleSelection s = select(config(3, Map.of()), List.of(), List.of("unusedvariable, TYPES", "SECURITY"), null);
        assertEquals(List.of("ParseError", "PossiblyNullReference", "UnusedSuppression"), enabledIds(s));
    }

    @Test
    void unknownNamesAreErrorsWithAHint() {
        Config typo = config(3, rules("UnusedVar", OFF));
        assertEquals("argus.json: rules.UnusedVar: unknown rule (did you mean UnusedVariable?)",
                assertThrows(ConfigException.class, () -> select(typo, List.of(), List.of(), null)).getMessage());
        Config cat = config(3, rules("deadcode", OFF));
        assertEquals("argus.json: rules.deadcode: unknown rule or category (did you mean dead-code?)",
                assertThrows(ConfigException.class, () -> select(cat, List.of(), List.of(), null)).getMessage());
        assertEquals("--enable TaintedSQLi: unknown rule (did you mean TaintedSql?)",
                assertThrows(ConfigException.class,
                        () -> select(config(3, Map.of()), List.of("TaintedSQLi"), List.of(), null)).getMessage());
        assertEquals("--disable Zzz: unknown rule",
                assertThrows(ConfigException.class,
                        () -> select(config(3, Map.of()), List.of(), List.of("Zzz"), null)).getMessage());
    }

    @Test
    void contradictionsAndBadValuesAreErrors() {
        assertEquals("argus.json: rules.parseerror: ParseError is already set by rules.ParseError",
                assertThrows(ConfigException.class, () -> select(config(3, rules("ParseError", OFF, "parseerror", ON)),
                        List.of(), List.of(), null)).getMessage());
        assertEquals("--disable ParseError: also given to --enable",
                assertThrows(ConfigException.class, () -> select(config(3, Map.of()), List.of("parseerror"),
                        List.of("ParseError"), null)).getMessage());
        assertEquals("--enable 'ParseError,': empty rule or category name",
                assertThrows(ConfigException.class, () -> select(config(3, Map.of()), List.of("ParseError,"),
                        List.of(), null)).getMessage());
        assertEquals("--level must be from 1 (strictest) to 5, not 6",
                assertThrows(ConfigException.class, () -> select(config(3, Map.of()), List.of(), List.of(), 6))
                        .getMessage());
    }

    @Test
    void applyDropsFindingsOfRulesThatAreOffAndRestampsSeverities() {
        RuleSelection s = select(config(3, rules("ParseError", at(Severity.WARNING), "UnusedVariable", OFF)),
                List.of(), List.of(), null);
        Span span = new Span(0, 1, 1, 1, 1, 2);
        Finding parse = new Finding("ParseError", Category.SYNTAX, Severity.ERROR, "a.php", span, "m", List.of());
        Finding unused = new Finding("UnusedVariable", Category.DEAD_CODE, Severity.WARNING, "a.php", span, "m",
                List.of());
        Finding internal = new Finding("InternalNotice", Category.SYNTAX, Severity.NOTE, "a.php", span, "m", List.of());
        List<Finding> out = s.apply(List.of(parse, unused, internal));
        assertEquals(2, out.size());
        assertEquals(Severity.WARNING, out.get(0).severity());
        assertEquals(internal, out.get(1));
    }
}
