package argus.types;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Results of a pure binary operation on values seen lately, per thread, by equality. The
 * flow meets the same array forms again and again (every branch end of a function joins
 * the same few shapes, and each file repeats the shapes of its neighbours), and the
 * canonical forms of {@link ArrForm#make} cost far more than hashing the arguments. Since
 * the operation is a function of its arguments, what the cache holds never shows in a
 * result, so output stays the same whatever the thread count.
 */
final class Memo<A, B, R> {
    private static final int KEPT = 8192;

    /** The hash is taken once: a miss looks the key up twice more (containsKey, put). */
    private static final class Key {
        private final Object a;
        private final Object b;
        private final int hash;

        Key(Object a, Object b) {
            this.a = a;
            this.b = b;
            this.hash = 31 * a.hashCode() + java.util.Objects.hashCode(b);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && (a == k.a || a.equals(k.a))
                    && (b == k.b || b != null && b.equals(k.b));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Sized for KEPT entries: it fills up in every run, and would otherwise grow nine times. */
    private final ThreadLocal<Map<Key, R>> seen = ThreadLocal.withInitial(() -> new HashMap<>(KEPT * 4 / 3 + 1));
    private final BiFunction<A, B, R> op;

    Memo(BiFunction<A, B, R> op) {
        this.op = op;
    }

    R apply(A a, B b) {
        Map<Key, R> m = seen.get();
        Key key = new Key(a, b);
        R r = m.get(key);
        if (r == null && !m.containsKey(key)) {
            r = op.apply(a, b);
            if (m.size() >= KEPT) {
                m.clear();
            }
            m.put(key, r);
        }
        return r;
    }
}
