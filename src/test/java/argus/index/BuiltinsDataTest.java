package argus.index;

import argus.config.PhpVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rules/builtins file loads strictly, whole and lazily alike, and its variants are well-formed. */
class BuiltinsDataTest {
    private static final ClassLoader LOADER = BuiltinsDataTest.class.getClassLoader();
    private static final Builtins BUILTINS = Builtins.get();

    @Test
    void everyFileLoadsWholeAndAgreesWithTheLazyIndex() {
        check("functions.json", BuiltinFunction.class, true);
        check("classes.json", BuiltinClass.class, true);
        check("constants.json", BuiltinConstant.class, false);
        assertFalse(BuiltinsJson.overlay(LOADER).functions().isEmpty());
        assertEquals(List.of("7.2", "7.3", "7.4", "8.0", "8.1", "8.2", "8.3", "8.4"),
                BUILTINS.runtimes().versions().stream().map(PhpVersion::toString).toList());
    }

    private static void check(String file, Class<?> type, boolean lowerCaseKeys) {
        Map<?, ?> whole = (Map<?, ?>) BuiltinsJson.read(LOADER, file, BuiltinsJson.mapOf(type));
        LazyTable<Object> lazy = new LazyTable<>(LOADER, file, type, (k, raw) -> raw);
        assertEquals(new ArrayList<>(whole.keySet()), new ArrayList<>(lazy.keys()), file);
        List<String> sorted = new ArrayList<>(lazy.keys());
        sorted.sort(null);
        assertEquals(sorted, new ArrayList<>(lazy.keys()), file + " keys are sorted");
        for (Map.Entry<?, ?> e : whole.entrySet()) {
            assertEquals(e.getValue(), lazy.get((String) e.getKey()), file + " " + e.getKey());
            if (lowerCaseKeys) {
                assertEquals(e.getKey(), ((String) e.getKey()).toLowerCase(Locale.ROOT));
            }
        }
    }

    @Test
    void variantsAreOrderedDisjointAndNamedByTheirKey() {
        for (BuiltinFunction f : BUILTINS.functions()) {
            wellFormed(f, f.name());
            assertEquals(f, BUILTINS.function(f.name()));
        }
        for (BuiltinClass c : BUILTINS.classes()) {
            wellFormed(c, c.name());
            assertEquals(c, BUILTINS.clazz(c.name()));
            c.methods().values().forEach(m -> wellFormed(m, c.name() + "::" + m.name()));
            c.properties().values().forEach(m -> wellFormed(m, c.name() + "::$" + m.name()));
            c.constants().values().forEach(m -> wellFormed(m, c.name() + "::" + m.name()));
            c.cases().values().forEach(m -> wellFormed(m, c.name() + "::" + m.name()));
        }
        for (BuiltinConstant k : BUILTINS.constants()) {
            wellFormed(k, k.name());
            assertEquals(k, BUILTINS.constant(k.name()));
        }
    }

    private static void wellFormed(VersionedSymbol<?> s, String what) {
        assertFalse(s.variants().isEmpty(), what);
        PhpVersion previous = null;
        for (Versioned v : s.variants()) {
            PhpVersion lo = v.since() != null ? v.since() : s.known().min();
            PhpVersion hi = v.until() != null ? v.until() : s.known().max();
            assertTrue(lo.compareTo(hi) <= 0, what + " has an empty variant");
            assertTrue(previous == null || previous.compareTo(lo) < 0, what + " has overlapping variants");
            previous = hi;
        }
    }

    @Test
    void readerIsStrict() {
        assertThrows(IllegalArgumentException.class, () -> read("{\"name\":\"x\",\"bogus\":1}", Param.class));
        assertThrows(IllegalArgumentException.class, () -> read("{\"name\":\"x\",\"name\":\"y\"}", Param.class));
        assertThrows(IllegalArgumentException.class, () -> read("{\"name\":\"x\",\"byRef\":\"yes\"}", Param.class));
        assertThrows(IllegalArgumentException.class,
                () -> read("{\"since\":\"9.9\",\"params\":[]}", Signature.class));
        assertThrows(IllegalArgumentException.class, () -> read("{\"name\":\"x\"} {}", Param.class));
        Param p = (Param) read("{\"name\":\"flags\",\"optional\":true,\"default\":\"0\"}", Param.class);
        assertEquals(new Param("flags", null, false, false, false, true, "0"), p);
    }

    private static Object read(String json, Class<?> type) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return RecordReader.read(bytes, 0, bytes.length, type);
    }

    @Test
    void countsInRuntimesJsonMatchTheData() {
        for (PhpVersion v : BUILTINS.runtimes().versions()) {
            Runtimes.Counts counts = BUILTINS.runtimes().counts().get(v.toString());
            assertEquals(counts.functions(), BUILTINS.functions().stream().filter(f -> f.variantIn(v) != null).count());
            assertEquals(counts.classes(), BUILTINS.classes().stream().filter(c -> c.variantIn(v) != null).count());
            assertEquals(counts.constants(), BUILTINS.constants().stream().filter(c -> c.variantIn(v) != null).count());
        }
    }
}
