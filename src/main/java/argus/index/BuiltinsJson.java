package argus.index;

import java.lang.reflect.Type;
import java.util.Map;

/** The small rules/builtins files, read whole and strictly (see {@link RecordReader}). */
final class BuiltinsJson {
    static final String DIR = "rules/builtins/";

    record Overlay(Map<String, FunctionFacts> functions) {
        Overlay {
            functions = functions == null ? Map.of() : Map.copyOf(functions);
        }
    }

    private BuiltinsJson() {
    }

    static Runtimes runtimes(ClassLoader loader) {
        return (Runtimes) read(loader, "runtimes.json", Runtimes.class);
    }

    static Overlay overlay(ClassLoader loader) {
        return (Overlay) read(loader, "overlay.json", Overlay.class);
    }

    /** A whole file as one value of {@code type}: for the small files, and for tests of the big ones. */
    static Object read(ClassLoader loader, String file, Type type) {
        byte[] bytes = LazyTable.resource(loader, file);
        try {
            return RecordReader.read(bytes, 0, bytes.length, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(DIR + file + ": " + e.getMessage(), e);
        }
    }

    /** The type of a whole big file: key → entry. */
    static Type mapOf(Class<?> value) {
        return new RecordReader.Parameterized(Map.class, new Type[] {String.class, value});
    }
}
