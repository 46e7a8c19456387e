package argus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every value the loader refuses, with the message naming the key path (and a hint where one helps). */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"pahts\": [\"src\"]}                     | pahts: unknown key (did you mean paths?)",
            "{\"Level\": 2}                             | Level: unknown key (did you mean level?)",
            "{\"paths\": \"src\"}                       | paths: must be an array of strings, not \"src\"",
            "{\"paths\": []}                            | paths: lists no path; leave the key out to analyse the config's folder",
            "{\"paths\": [\"src\", 3]}                  | paths[1]: must be a string, not 3",
            "{\"exclude\": [\"vendor\", \"\"]}          | exclude[1]: must not be empty",
            "{\"php\": 8.1}                             | php: must be a string such as \"8.1\" or \"7.4..8.4\", not 8.1",
            "{\"php\": \"9.0\"}                         | php: unknown PHP version 9.0 (argus knows 5.6 to 8.5)",
            "{\"php\": \"8.4..7.4\"}                    | php: empty PHP version range 8.4..7.4",
            "{\"php\": \"eight\"}                       | php: not a PHP version: 'eight' (expected e.g. 8.1)",
            "{\"level\": 0}                             | level: must be a whole number from 1 (strictest) to 5, not 0",
            "{\"level\": 6}                             | level: must be a whole number from 1 (strictest) to 5, not 6",
            "{\"level\": \"3\"}                         | level: must be a whole number from 1 (strictest) to 5, not \"3\"",
            "{\"level\": 2.5}                           | level: must be a whole number from 1 (strictest) to 5, not 2.5",
            "{\"rules\": [\"ParseError\"]}              | rules: must be an object of rule or category ids, e.g. {\"dead-code\": \"off\"}, not an array",
            "{\"rules\": {\"ParseError\": \"warn\"}}    | rules.ParseError: must be one of off, on, error, warning, note, not \"warn\" (did you mean warning?)",
            "{\"rules\": {\"ParseError\": 1}}           | rules.ParseError: must be one of off, on, error, warning, note or {\"enabled\": true, \"severity\": \"warning\"}, not 1",
            "{\"rules\": {\"ParseError\": {\"enable\": false}}}      | rules.ParseError.enable: unknown key (did you mean enabled?)",
            "{\"rules\": {\"ParseError\": {\"enabled\": \"no\"}}}    | rules.ParseError.enabled: must be true or false, not \"no\"",
            "{\"rules\": {\"ParseError\": {\"severity\": \"off\"}}}  | rules.ParseError.severity: must be one of error, warning, note, not \"off\"",
            "{\"rules\": {\"\": \"off\"}}               | rules.: empty rule id",
            "{\"ignore\": {\"path\": \"x\"}}            | ignore: must be an array of {\"path\": \"glob\", \"rules\": [...]}, not an object",
            "{\"ignore\": [{\"path\": \"a\"}, \"b\"]}   | ignore[1]: must be an object {\"path\": \"glob\", \"rules\": [...]}, not \"b\"",
            "{\"ignore\": [{\"path\": \"a\"}, {\"pth\": \"b\"}]}   | ignore[1].pth: unknown key (did you mean path?)",
            "{\"ignore\": [{\"rules\": [\"ParseError\"]}]}       | ignore[0].path: missing: the glob of the files whose findings to drop",
            "{\"ignore\": [{\"path\": 1}]}              | ignore[0].path: must be a string, not 1",
            "{\"ignore\": [{\"path\": \"a\", \"rules\": []}]}    | ignore[0].rules: lists no rule; leave the key out to drop every rule's findings",
            "{\"ignore\": [{\"path\": \"a\", \"rules\": \"ParseError\"}]} | ignore[0].rules: must be an array of strings, not \"ParseError\"",
            "{\"ignore\": [{\"path\": \"a\", \"rules\": [null]}]} | ignore[0].rules[0]: must be a string, not null",
            "{\"baseline\": true}                       | baseline: must be a string, not true",
            "{\"baseline\": \" \"}                      | baseline: must not be empty",
            "{\"failOn\": \"warnings\"}                 | failOn: must be one of error, warning, note, never, not \"warnings\" (did you mean warning?)",
            "{\"failOn\": 1}                            | failOn: must be one of error, warning, note, never, not 1",
            "{\"taint\": []}                            | taint: must be an object with \"sources\", \"sinks\" and \"sanitizers\" arrays, not an array",
            "{\"taint\": {\"sink\": []}}                | taint.sink: unknown key (did you mean sinks?)",
            "{\"taint\": {\"sinks\": {}}}               | taint.sinks: must be an array of objects such as {\"function\": \"my_query\"}, not an object",
            "{\"taint\": {\"sinks\": [\"my_query\"]}}   | taint.sinks[0]: must be an object such as {\"function\": \"my_query\"}, not \"my_query\"",
            "{\"taint\": {\"sources\": [{\"kind\": \"sql\"}]}}   | taint.sources[0]: needs a \"function\", \"method\" (Class::name) or \"property\" (Class::$name)",
            "{\"taint\": {\"sanitizers\": [{\"function\": \"a\"}, {\"function\": 2}]}} | taint.sanitizers[1].function: must be a string, not 2",
            "{\"taint\": {\"sinks\": [{\"function\": \"a\", \"method\": \"B::c\"}]}}   | taint.sinks[0]: names both \"function\" and \"method\"; use one entry for each",
            "{\"entryPoints\": \"main\"}                | entryPoints: must be an array of strings, not \"main\"",
            "{\"entryPoints\": [\"main\", \"two words\"]} | entryPoints[1]: 'two words' is not a symbol name: write a function, class or constant name (App\\Kernel), Class::method, Class::$property, Class::CONSTANT or Class::*; * matches any characters",
            "{\"entryPoints\": [\"Kernel::\"]}          | entryPoints[0]: 'Kernel::' is not a symbol name: write a function, class or constant name (App\\Kernel), Class::method, Class::$property, Class::CONSTANT or Class::*; * matches any characters",
            "{\"entryPoints\": [\"Kernel::a::b\"]}      | entryPoints[0]: 'Kernel::a::b' is not a symbol name: write a function, class or constant name (App\\Kernel), Class::method, Class::$property, Class::CONSTANT or Class::*; * matches any characters",
            "{\"findDeadCode\": \"yes\"}                | findDeadCode: must be true or false, not \"yes\"",
            "{\"cacheDir\": 1}                          | cacheDir: must be a string, not 1",
    })
    void namesTheKeyPath(String json, String expected) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse(json.getBytes(StandardCharsets.UTF_8), dir.resolve("argus.json")));
        assertEquals("argus.json: " + expected, e.getMessage());
    }
}
