package argus.index;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts of PHP that the generated data and the overlay must reproduce. */
class BuiltinsTest {
    private static final Builtins B = Builtins.get();
    private static final PhpVersionRange CHECKED = PhpVersionRange.parse("7.2..8.4");

    private static PhpVersion v(String text) {
        return PhpVersion.parse(text);
    }

    private static List<PhpVersion> versions(String... texts) {
        return List.of(texts).stream().map(PhpVersion::parse).toList();
    }

    @Test
    void strlenExistsInEveryCheckedVersionAndIsUnknownBeyond() {
        BuiltinFunction strlen = B.function("strlen");
        assertTrue(strlen.existsInAll(CHECKED));
        assertEquals(Presence.UNKNOWN, strlen.presenceIn(v("5.6")));
        assertEquals(Presence.UNKNOWN, strlen.presenceIn(v("8.5")));
        assertEquals(versions("5.6", "7.0", "7.1"), strlen.unknownIn(PhpVersionRange.parse("5.6..7.2")));
        assertEquals("int", strlen.signatureIn(v("8.5")).returns(), "8.5 is answered with 8.4's signature");
    }

    @Test
    void strContainsAppearedIn80() {
        BuiltinFunction f = B.function("str_contains");
        assertEquals(v("8.0"), f.variants().get(0).since());
        assertEquals(versions("7.2", "7.3", "7.4"), f.missingIn(CHECKED));
        assertEquals(Presence.ABSENT, f.presenceIn(v("7.0")), "absent in 7.2, so not older either");
        assertFalse(f.existsInAll(PhpVersionRange.parse("7.4..8.4")));
        assertTrue(f.existsInAll(PhpVersionRange.parse("8.0..8.4")));
    }

    @Test
    void eachWasRemovedIn80AndDeprecatedIn72() {
        BuiltinFunction each = B.function("each");
        assertEquals(Presence.PRESENT, each.presenceIn(v("7.4")));
        assertEquals(Presence.ABSENT, each.presenceIn(v("8.0")));
        assertEquals(Presence.ABSENT, each.presenceIn(v("8.5")));
        assertEquals(Presence.UNKNOWN, each.presenceIn(v("7.1")), "removals before 7.2 are beyond the data");
        assertEquals(v("7.2"), each.deprecatedSince(), "from the overlay: Reflection does not flag it");
    }

    @Test
    void deprecationsFromReflection() {
        BuiltinFunction utf8 = B.function("utf8_encode");
        assertEquals(v("8.2"), utf8.deprecatedSince());
        assertFalse(utf8.deprecatedIn(v("8.1")));
        assertTrue(utf8.deprecatedIn(v("8.4")));
        BuiltinConstant strict = B.constant("E_STRICT");
        assertEquals(v("8.4"), strict.deprecatedSince());
        assertTrue(strict.existsInAll(CHECKED));
    }

    @Test
    void signaturesFollowTheVersion() {
        BuiltinFunction substr = B.function("substr");
        assertEquals("string|false", substr.signatureIn(v("7.4")).returns());
        assertEquals("string|false", substr.signatureIn(v("7.2")).returns());
        assertEquals("string", substr.signatureIn(v("8.0")).returns());
        assertEquals("string", substr.signatureIn(v("8.4")).returns());
        assertEquals("array|false", B.function("explode").signatureIn(v("7.3")).returns());
        assertEquals("array", B.function("explode").signatureIn(v("8.3")).returns());
        assertEquals("int|false", B.function("strpos").signatureIn(v("8.0")).returns());
        assertNull(B.function("ucfirst").signatureIn(v("7.4")).returns(), "7.x return types are unknown");

        Signature strpos = B.function("strpos").signatureIn(v("8.1"));
        assertEquals(2, strpos.requiredCount());
        assertEquals(3, strpos.maxCount());
        assertEquals("0", strpos.params().get(2).defaultValue());
        assertEquals(-1, B.function("array_map").signatureIn(v("8.1")).maxCount());
        assertTrue(B.function("preg_match").signatureIn(v("8.1")).params().get(2).byRef());
    }

    @Test
    void classesInterfacesAndEnums() {
        BuiltinClass weakMap = B.clazz("WeakMap");
        assertEquals(v("8.0"), weakMap.variants().get(0).since());
        assertTrue(weakMap.variants().get(0).isFinal());
        assertEquals(Presence.ABSENT, weakMap.presenceIn(v("7.4")));
        assertEquals(Presence.ABSENT, weakMap.method("count").presenceIn(v("7.4")), "members share their class's range");
        assertEquals(Presence.PRESENT, weakMap.method("COUNT").presenceIn(v("8.0")));

        BuiltinClass reflectionEnum = B.clazz("ReflectionEnum");
        assertEquals(v("8.1"), reflectionEnum.variants().get(0).since());
        assertEquals("ReflectionClass", reflectionEnum.variants().get(0).parent());

        BuiltinClass countable = B.clazz("countable");
        assertEquals(BuiltinClass.Kind.INTERFACE, countable.variants().get(0).kind());

        BuiltinClass rounding = B.clazz("RoundingMode");
        assertEquals(BuiltinClass.Kind.ENUM, rounding.variants().get(0).kind());
        assertEquals(v("8.4"), rounding.variants().get(0).since());
        assertNotNull(rounding.enumCase("HalfAwayFromZero"));

        assertNotNull(B.method("RecursiveArrayIterator", "count"), "inherited from ArrayIterator");
        assertNull(B.method("ArrayIterator", "noSuchMethod"));
    }

    @Test
    void constants() {
        BuiltinConstant id = B.constant("PHP_VERSION_ID");
        assertTrue(id.existsInAll(CHECKED));
        assertFalse(id.variants().get(0).hasValue(), "the patch level is a build's, not PHP's");
        assertEquals(Long.MAX_VALUE, B.constant("PHP_INT_MAX").variants().get(0).value());
        assertEquals(32767, B.constant("E_ALL").variantIn(v("8.3")).value());
        assertEquals(30719, B.constant("E_ALL").variantIn(v("8.4")).value());
    }

    @Test
    void lookupCaseRules() {
        assertNotNull(B.function("STRLEN"));
        assertNotNull(B.function("\\strlen"));
        assertNotNull(B.clazz("weakmap"));
        assertNotNull(B.clazz("\\WEAKMAP"));
        assertNotNull(B.constant("E_STRICT"));
        assertNull(B.constant("e_strict"), "constants are case-sensitive");
        assertNotNull(B.constant("true"));
        assertNotNull(B.constant("Null"));
        assertNull(B.function("no_such_function"));
    }

    @Test
    void extensionsOnlyDebianHasAreKnownIn82Only() {
        BuiltinFunction parse = B.function("ast\\parse_code");
        assertEquals("ast", parse.ext());
        assertEquals(PhpVersionRange.parse("8.2"), parse.known());
        assertEquals(Presence.PRESENT, parse.presenceIn(v("8.2")));
        assertEquals(Presence.UNKNOWN, parse.presenceIn(v("8.3")));
        assertEquals(PhpVersionRange.parse("8.2"), B.runtimes().extensions().get("ast"));
    }

    @Test
    void extensionMovesAreVersioned() {
        BuiltinFunction mtRand = B.function("mt_rand");
        assertEquals("random", mtRand.ext());
        assertEquals("standard", mtRand.signatureIn(v("8.1")).ext());
        assertTrue(mtRand.existsInAll(CHECKED));
    }

    @Test
    void overlayFacts() {
        FunctionFacts isInt = B.function("is_int").facts();
        assertEquals("int", isInt.asserts().get(0).ifTrue());
        FunctionFacts inArray = B.function("in_array").facts();
        assertEquals(1, inArray.asserts().get(0).valueOf());
        assertEquals(2, inArray.asserts().get(0).when().param());
        assertEquals("array", B.function("preg_match").facts().outParams().get(0).type());
        assertTrue(B.function("array_map").facts().preservesKeys().singleArrayOnly());
        assertEquals("function", B.function("function_exists").facts().asserts().get(0).names());
        assertEquals(Presence.PRESENT, B.function("exit").presenceIn(v("7.4")), "a construct before 8.4");
        assertEquals(FunctionFacts.NONE, B.function("strrev").facts());
    }
}
