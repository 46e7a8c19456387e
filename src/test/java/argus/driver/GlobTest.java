package argus.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "vendor/**,      vendor,                 true",
        "vendor/**,      vendor/a/b.php,         true",
        "vendor/**,      src/vendor/a.php,       false",
        "vendor/**,      vendors/a.php,          false",
        "**/tests/**,    tests/a.php,            true",
        "**/tests/**,    src/tests/a.php,        true",
        "**/tests/**,    src/tests,              true",
        "**/tests/**,    src/mytests/a.php,      false",
        "src/*.php,      src/a.php,              true",
        "src/*.php,      src/sub/a.php,          false",
        "src/**/*.php,   src/a.php,              true",
        "src/**/*.php,   src/x/y/a.php,          true",
        "*.tpl.php,      a/b/page.tpl.php,       true",
        "*.tpl.php,      a/b/page.php,           false",
        "vendor,         a/vendor,               true",
        "vendor/,        vendor,                 true",
        "./vendor/**,    vendor/x.php,           true",
        "/vendor/**,     vendor/x.php,           true",
        "a?.php,         ab.php,                 true",
        "a?.php,         a/.php,                 false",
        "[ab].php,       b.php,                  true",
        "[!ab].php,      b.php,                  false",
        "'{x,y}/**',     y/z.php,                true",
        "'{x,y}/**',     z/z.php,                false",
        "a+b(1).php,     a+b(1).php,             true",
        "a.php,          axphp,                  false",
    })
    void matches(String glob, String path, boolean expected) {
        assertEquals(expected, Glob.compile(glob).matches(path));
    }

    @ParameterizedTest
    @CsvSource({"'[ab'", "'{a,b'", "''"})
    void malformedPatternsAreRejected(String glob) {
        assertThrows(IllegalArgumentException.class, () -> Glob.compile(glob));
    }
}
