package argus.rules.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import argus.config.PhpVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The lifetimes the rules read: rules/builtins for 7.2..8.4, rules/compat/symbols.json around it. */
class SymbolVersionsTest {
    private static PhpVersion v(String s) {
        return PhpVersion.parse(s);
    }

    @Test
    void additionsBefore72ComeFromTheTable() {
        assertEquals(v("7.0"), SymbolVersions.function("random_int").since());
        assertEquals(v("7.1"), SymbolVersions.function("IS_ITERABLE").since());
        assertEquals(v("7.2"), SymbolVersions.function("spl_object_id").since());
        assertEquals(v("7.0"), SymbolVersions.clazz("Throwable").since());
        assertEquals(v("7.2"), SymbolVersions.constant("PHP_OS_FAMILY").since());
        assertEquals(v("7.2"), SymbolVersions.constant("SODIUM_CRYPTO_BOX_SEALBYTES").since());
        assertEquals(v("7.1"), SymbolVersions.method("Closure", "fromCallable").since());
    }

    @Test
    void laterChangesComeFromTheData() {
        Lifetime strContains = SymbolVersions.function("str_contains");
        assertEquals(v("8.0"), strContains.since());
        assertNull(strContains.removed());
        Lifetime each = SymbolVersions.function("each");
        assertNull(each.since());
        assertEquals(v("7.2"), each.deprecated());
        assertEquals(v("8.0"), each.removed());
        assertEquals(v("8.2"), SymbolVersions.function("utf8_encode").deprecated());
        assertNull(SymbolVersions.function("utf8_encode").removed());
        assertEquals(v("8.0"), SymbolVersions.clazz("DOMConfiguration").removed());
        assertEquals(v("7.3"), SymbolVersions.method("DateTime", "createFromImmutable").since());
    }

    @Test
    void removedExtensionsAndCorrections() {
        Lifetime mysql = SymbolVersions.function("mysql_query");
        assertNotNull(mysql.extension());
        assertEquals("mysql", mysql.extension().name());
        assertEquals(v("7.0"), mysql.removed());
        assertEquals("mcrypt", SymbolVersions.function("mcrypt_encrypt").extension().name());
        assertEquals("mysql", SymbolVersions.constant("MYSQL_ASSOC").extension().name());
        assertNull(SymbolVersions.function("mysqli_query").extension());
        // GD had WebP long before the 7.4 build the data saw first.
        assertNull(SymbolVersions.function("imagewebp").since());
        assertNull(SymbolVersions.function("no_such_function_anywhere"));
        assertNull(SymbolVersions.function("strlen").since());
    }

    @Test
    void theTableIsReadStrictly() throws Exception {
        assertThrows(Exception.class, () -> parse("{\"groups\": [{\"source\": \"x\", \"since\": \"7.0\", \"functionz\": []}], \"extensions\": {}}"));
        assertThrows(Exception.class, () -> parse("{\"groups\": [{\"source\": \"x\", \"since\": \"7.0\", \"removed\": \"8.0\"}], \"extensions\": {}}"));
        assertThrows(Exception.class, () -> parse("{\"groups\": [{\"source\": \"x\", \"since\": \"7.0\", \"functions\": [\"a\", \"A\"]}], \"extensions\": {}}"));
        assertThrows(Exception.class, () -> parse("{\"groups\": [{\"source\": \"x\", \"since\": \"6.0\", \"functions\": [\"a\"]}], \"extensions\": {}}"));
        assertThrows(Exception.class, () -> parse("{\"groups\": [], \"extensions\": {\"x\": {\"source\": \"s\"}}}"));
        assertNotNull(parse("{\"groups\": [{\"source\": \"x\", \"since\": \"7.0\", \"functions\": [\"a\"]}], \"extensions\": {}}").function("a"));
    }

    private static SymbolTable parse(String json) throws Exception {
        return SymbolTable.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
