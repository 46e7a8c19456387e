package argus.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A generated rules/builtins file, indexed by its top-level keys and parsed one entry at a time on
 * first lookup. A run looks up a few hundred of several thousand symbols, so binding them all would
 * spend most of the load time on entries nobody asks for.
 * <p>
 * The index relies on the layout merge.mjs writes: "{", then each entry starting a line with two
 * spaces and its quoted key, then "}". BuiltinsDataTest parses every file whole and checks that the
 * index agrees.
 */
final class LazyTable<T> {
    private final String file;
    private final byte[] bytes;
    private final Map<String, int[]> index = new LinkedHashMap<>();
    private final Type type;
    private final BiFunction<String, Object, T> finish;
    private final Map<String, T> parsed = new ConcurrentHashMap<>();

    LazyTable(ClassLoader loader, String file, Type type, BiFunction<String, Object, T> finish) {
        this.file = file;
        this.bytes = resource(loader, file);
        this.type = type;
        this.finish = finish;
        indexEntries();
    }

    static byte[] resource(ClassLoader loader, String file) {
        try (InputStream in = loader.getResourceAsStream(BuiltinsJson.DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BuiltinsJson.DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BuiltinsJson.DIR + file, e);
        }
    }

    private void indexEntries() {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((i == 0 || bytes[i - 1] == '\n') && bytes[i] == ' ' && bytes[i + 1] == ' ' && bytes[i + 2] == '"') {
                starts.add(i);
            }
        }
        int close = bytes.length - 1;
        while (close > 0 && bytes[close] != '}') {
            close--;
        }
        for (int n = 0; n < starts.size(); n++) {
            int at = starts.get(n) + 3;
            StringBuilder key = new StringBuilder();
            while (bytes[at] != '"') {
                if (bytes[at] == '\\') {
                    at++;
                    if (bytes[at] != '\\' && bytes[at] != '"') {
                        throw bad("unsupported escape in a key near byte " + at);
                    }
                }
                key.append((char) bytes[at++]);
            }
            if (bytes[at + 1] != ':' || bytes[at + 2] != ' ') {
                throw bad("expected '\": ' after key " + key);
            }
            int from = at + 3;
            int to = n + 1 < starts.size() ? starts.get(n + 1) : close;
            while (to > from && (bytes[to - 1] == '\n' || bytes[to - 1] == ' ' || bytes[to - 1] == ',')) {
                to--;
            }
            if (index.put(key.toString(), new int[] {from, to - from}) != null) {
                throw bad("duplicate key " + key);
            }
        }
    }

    private IllegalStateException bad(String message) {
        return new IllegalStateException(BuiltinsJson.DIR + file + ": " + message);
    }

    boolean contains(String key) {
        return index.containsKey(key);
    }

    Set<String> keys() {
        return Collections.unmodifiableSet(index.keySet());
    }

    T get(String key) {
        T done = parsed.get(key);
        if (done != null) {
            return done;
        }
        int[] span = index.get(key);
        if (span == null) {
            return null;
        }
        Object raw;
        try {
            raw = RecordReader.read(bytes, span[0], span[1], type);
        } catch (IllegalArgumentException e) {
            throw bad("entry " + key + ": " + e.getMessage());
        }
        return parsed.computeIfAbsent(key, k -> finish.apply(k, raw));
    }

    /** Every entry, in file order (sorted by key). */
    List<T> all() {
        List<T> out = new ArrayList<>(index.size());
        for (String key : index.keySet()) {
            out.add(get(key));
        }
        return out;
    }
}
