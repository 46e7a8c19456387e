package argus.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Objects;

/**
 * One array type: listed keys ({@code entries}), then any other key of {@code k} with a
 * value of {@code v}, plus two whole-array constraints (a list; not empty). {@link Type.ArrayOf}
 * and {@link Type.Shape} are its two spellings. Meet is per key, so the meet of two forms
 * is exact; the work is in {@link #make}, which must give one form per set of arrays,
 * since meet is associative only if equal sets compare equal. Its rules, in order:
 * <ul>
 * <li>a list's keys are {@code int<0, max>}; a required key n in a list makes 0..n-1
 *     required, and the first key that cannot occur cuts off every later one;</li>
 * <li>finitely many extra keys ({@code array<'a'|'b', int>}) are listed as optional
 *     entries, so that no set has two spellings;</li>
 * <li>an infinite extra-key type excludes the listed keys where it can, and absorbs an
 *     optional entry of the extra value type when the union is exact
 *     ({@code array{0?: int, ...<int<1, max>, int>}} is {@code array<int<0, max>, int>});</li>
 * <li>a non-empty list whose key 0 is plain folds back to {@code non-empty-list};</li>
 * <li>an interval of extra int keys outside a list is the one needing the fewest entries
 *     ({@link ExtraIntRange});</li>
 * <li>non-empty follows from a required key; arrays with no possible key but 0 are lists.</li>
 * </ul>
 */
record ArrForm(List<Type.ShapeEntry> entries, Type k, Type v, boolean list, boolean ne) {
    private static final java.util.regex.Pattern INT_KEY = java.util.regex.Pattern.compile("-?[1-9][0-9]{0,18}|0");

    /** Written out in normal form: computing it would start the lattice from a static initializer. */
    static final Type ARRAY_KEY = new Type.Union(List.of(Type.INT, Type.STRING));
    static final Type NON_NEG_INT = new Type.IntRange(0L, null);
    static final Comparator<Object> KEY_ORDER = (a, b) -> {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        return a instanceof Long ? -1 : 1;
    };
    /** Listing more required list keys than this would only build large types from odd docblocks. */
    private static final long MAX_LIST_PREFIX = 256;

    enum Kind { ABSENT, OPTIONAL, REQUIRED }

    record Presence(Kind kind, Type type) {
    }

    ArrForm {
        entries = List.copyOf(entries);
    }

    static final ArrForm EMPTY_ARRAY = new ArrForm(List.of(), Type.NEVER, Type.NEVER, true, false);
    static final ArrForm ANY = new ArrForm(List.of(), ARRAY_KEY, Type.MIXED, false, false);
    static final ArrForm NON_EMPTY = new ArrForm(List.of(), ARRAY_KEY, Type.MIXED, false, true);
    static final ArrForm NON_EMPTY_LIST = new ArrForm(List.of(), NON_NEG_INT, Type.MIXED, true, true);

    /** The canonical form of these arrays, or null when there are none. */
    static ArrForm make(List<Type.ShapeEntry> entries, Type k, Type v, boolean list, boolean ne) {
        TreeMap<Object, Type.ShapeEntry> es = new TreeMap<>(KEY_ORDER);
        for (Type.ShapeEntry e : entries) {
            es.put(e.key(), e);
        }
        ArrForm f = new ArrForm(new ArrayList<>(es.values()), k, v, list, ne);
        for (int i = 0; i < 16; i++) {
            ArrForm g = f.step();
            if (g == null || g.equals(f)) {
                return g;
            }
            f = g;
        }
        return f;
    }

    static Type keyType(Object key) {
        return key instanceof Long l ? new Type.IntLit(l) : new Type.StrLit((String) key);
    }

    /** In a canonical form, a required key or a list's implied key 0 sets {@code ne}. */
    boolean admitsEmpty() {
        return !ne;
    }

    boolean leq(ArrForm o) {
        return equals(o) || equals(meet(this, o));
    }

    static ArrForm meet(ArrForm a, ArrForm b) {
        if (a.equals(b)) {
            return a;
        }
        return MEETS.apply(a, b);
    }

    private static final Memo<ArrForm, ArrForm, ArrForm> MEETS = new Memo<>(ArrForm::meetOf);

    private static ArrForm meetOf(ArrForm a, ArrForm b) {
        TreeSet<Object> keys = new TreeSet<>(KEY_ORDER);
        a.entries.forEach(e -> keys.add(e.key()));
        b.entries.forEach(e -> keys.add(e.key()));
        List<Type.ShapeEntry> out = new ArrayList<>();
        for (Object key : keys) {
            Presence pa = a.presence(key);
            Presence pb = b.presence(key);
            if (pa.kind == Kind.ABSENT || pb.kind == Kind.ABSENT) {
                if (pa.kind == Kind.REQUIRED || pb.kind == Kind.REQUIRED) {
                    return null;
                }
                out.add(new Type.ShapeEntry(key, Type.NEVER, true));
            } else {
                boolean optional = pa.kind == Kind.OPTIONAL && pb.kind == Kind.OPTIONAL;
                out.add(new Type.ShapeEntry(key, Lattice.meet(pa.type, pb.type), optional));
            }
        }
        return make(out, Lattice.meet(a.k, b.k), Lattice.meet(a.v, b.v), a.list || b.list, a.ne || b.ne);
    }

    /** The same arrays plus the empty one, or null when that is not a single form. */
    ArrForm withEmpty() {
        List<Type.ShapeEntry> relaxed = entries.stream()
                .map(e -> new Type.ShapeEntry(e.key(), e.type(), true)).toList();
        ArrForm r = make(relaxed, k, v, list, false);
        return r != null && this.equals(meet(r, NON_EMPTY)) ? r : null;
    }

    /**
     * The largest forms that hold the empty array and, apart from it, lie below this form
     * (which must not hold it): what a set of forms holding this one and {@code array{}}
     * also holds. {@link ArrSet} must add all of them, not just {@link #withEmpty} of its
     * own forms, or one set gets two spellings: {@code array{0: mixed, ...}|array{}} holds
     * {@code non-empty-list} and {@code []}, so it holds {@code list}, and joining a list
     * into it must not change it. Why these are all: an array-admitting-empty form H, when
     * not a list, holds every array made of some of its keys, so each of its keys alone
     * must be an array of this form; when a list, each of its non-empty arrays has key 0.
     * So with no required key the answer is {@link #withEmpty}; with exactly one, r, it is
     * the sealed {@code array{r?: T}} and, if r is 0, the lists below this form plus
     * {@code []}; with two or more required keys no array of one key is here, and nothing is.
     */
    List<ArrForm> withEmptyBelow() {
        ArrForm whole = withEmpty();
        if (whole != null) {
            return List.of(whole);
        }
        Type.ShapeEntry required = null;
        for (Type.ShapeEntry e : entries) {
            if (!e.optional()) {
                if (required != null) {
                    return List.of();
                }
                required = e;
            }
        }
        if (required == null) {
            return List.of();
        }
        List<ArrForm> out = new ArrayList<>();
        ArrForm single = make(List.of(new Type.ShapeEntry(required.key(), required.type(), true)),
                Type.NEVER, Type.NEVER, false, false);
        if (single != null) {
            out.add(single);
        }
        ArrForm lists = meet(this, NON_EMPTY_LIST);
        ArrForm listsOrEmpty = lists == null ? null : lists.withEmpty();
        if (listsOrEmpty != null) {
            out.add(listsOrEmpty);
        }
        return out;
    }

    /** Whether arrays of this form have {@code key}, and with what value. */
    Presence presence(Object key) {
        for (Type.ShapeEntry e : entries) {
            if (KEY_ORDER.compare(e.key(), key) == 0) {
                if (!e.optional()) {
                    return new Presence(Kind.REQUIRED, e.type());
                }
                return isNever(e.type()) ? new Presence(Kind.ABSENT, Type.NEVER) : new Presence(Kind.OPTIONAL, e.type());
            }
        }
        if (Lattice.leq(keyType(key), k)) {
            boolean implied = list && ne && key.equals(0L);
            return new Presence(implied ? Kind.REQUIRED : Kind.OPTIONAL, v);
        }
        return new Presence(Kind.ABSENT, Type.NEVER);
    }

    /**
     * A sealed form whose keys are 0..n-1, all required but perhaps the last, holds lists
     * only: `array{0: a, 1: b}` is `list{a, b}`, one normal form for one set of values.
     */
    private static boolean sealedList(List<Type.ShapeEntry> es, Type key) {
        if (!isNever(key) || es.isEmpty()) {
            return false;
        }
        for (int i = 0; i < es.size(); i++) {
            Type.ShapeEntry e = es.get(i);
            if (!(e.key() instanceof Long l) || l != i || e.optional() && i != es.size() - 1) {
                return false;
            }
        }
        return true;
    }

    private ArrForm step() {
        Type key = Lattice.meet(k, list ? NON_NEG_INT : ARRAY_KEY);
        Type val = v;
        if (isNever(val) || isNever(key)) {
            key = Type.NEVER;
            val = Type.NEVER;
        }
        List<Type.ShapeEntry> es = new ArrayList<>();
        for (Type.ShapeEntry e : entries) {
            boolean badKey = list && !(e.key() instanceof Long l && l >= 0);
            if (!e.optional() && (badKey || isNever(e.type()))) {
                return null;
            }
            if (!badKey) {
                es.add(e);
            }
        }
        boolean nonEmpty = ne || es.stream().anyMatch(e -> !e.optional());
        ArrForm f = new ArrForm(es, key, val, list || sealedList(es, key), nonEmpty);
        if (list) {
            f = f.listClosure();
            if (f == null) {
                return null;
            }
        }
        return ExtraIntRange.rebalance(f.unfold().trimExtras().fold()).settle();
    }

    private ArrForm listClosure() {
        long last = ne ? 0 : -1;
        for (Type.ShapeEntry e : entries) {
            if (!e.optional()) {
                last = Math.max(last, (Long) e.key());
            }
        }
        if (last > MAX_LIST_PREFIX) {
            return this;
        }
        Map<Object, Type.ShapeEntry> es = sorted(entries);
        for (long j = 0; j <= last; j++) {
            Presence p = presence(j);
            if (p.kind == Kind.ABSENT) {
                return null;
            }
            if (j < last || es.containsKey(j)) {
                es.put(j, new Type.ShapeEntry(j, p.type, false));
            }
        }
        ArrForm f = new ArrForm(new ArrayList<>(es.values()), k, v, true, ne);
        Long cut = f.firstAbsent();
        if (cut == null) {
            return f;
        }
        List<Type.ShapeEntry> kept = new ArrayList<>();
        for (Type.ShapeEntry e : f.entries) {
            if ((Long) e.key() < cut) {
                kept.add(e);
            } else if (!e.optional()) {
                return null;
            }
        }
        Type key = cut == 0 ? Type.NEVER : Lattice.meet(k, new Type.IntRange(0L, cut - 1));
        return new ArrForm(kept, key, isNever(key) ? Type.NEVER : v, true, ne);
    }

    /** The first key a list cannot have; null when every key may occur. */
    private Long firstAbsent() {
        IntSet ints = Norm.of(k).k().ints();
        long j = 0;
        while (true) {
            Presence p = presence(j);
            if (p.kind == Kind.ABSENT) {
                return j;
            }
            if (!ints.contains(j)) {
                j++;
                continue;
            }
            Long miss = ints.firstMissingFrom(j);
            Long nextListed = null;
            for (Type.ShapeEntry e : entries) {
                long key = (Long) e.key();
                if (key > j && (nextListed == null || key < nextListed)) {
                    nextListed = key;
                }
            }
            if (miss == null && nextListed == null) {
                return null;
            }
            j = miss == null ? nextListed : nextListed == null ? miss : Math.min(miss, nextListed);
        }
    }

    private ArrForm unfold() {
        List<Object> keys = finiteKeys(k);
        if (keys == null || isNever(k)) {
            return this;
        }
        Map<Object, Type.ShapeEntry> es = sorted(entries);
        for (Object key : keys) {
            if (!es.containsKey(key)) {
                Presence p = presence(key);
                es.put(key, new Type.ShapeEntry(key, p.type, p.kind != Kind.REQUIRED));
            }
        }
        return new ArrForm(new ArrayList<>(es.values()), Type.NEVER, Type.NEVER, list, ne);
    }

    private ArrForm trimExtras() {
        Type key = k;
        if (!isNever(key) && !entries.isEmpty()) {
            key = Lattice.remove(key, Lattice.joinAll(entries.stream().map(e -> keyType(e.key())).toList()));
        }
        Type val = isNever(key) ? Type.NEVER : v;
        List<Type.ShapeEntry> es = new ArrayList<>();
        for (Type.ShapeEntry e : entries) {
            boolean inExtras = Lattice.leq(keyType(e.key()), key);
            if (e.optional() && (isNever(e.type()) ? !inExtras : inExtras && e.type().equals(val))) {
                continue;
            }
            es.add(e);
        }
        return new ArrForm(es, key, val, list, ne);
    }

    private ArrForm fold() {
        if (isNever(k) || finiteKeys(k) != null) {
            return this;
        }
        Type key = k;
        boolean nonEmpty = ne;
        // listClosure lists every key of a list below its last required one again
        long lastRequired = -1;
        if (list) {
            for (Type.ShapeEntry e : entries) {
                if (!e.optional()) {
                    lastRequired = Math.max(lastRequired, (Long) e.key());
                }
            }
        }
        List<Type.ShapeEntry> es = new ArrayList<>();
        for (Type.ShapeEntry e : entries) {
            boolean asExtra = e.optional() || (list && e.key().equals(0L));
            boolean relisted = list && (Long) e.key() < lastRequired;
            if (asExtra && !relisted && e.type().equals(v) && !Lattice.leq(keyType(e.key()), key)) {
                Type grown = Lattice.join(key, keyType(e.key()));
                if (addedKeys(grown, key, e).equals(keyType(e.key()))) {
                    key = grown;
                    nonEmpty |= !e.optional();
                    continue;
                }
            }
            es.add(e);
        }
        return new ArrForm(es, key, v, list, nonEmpty);
    }

    /**
     * The keys {@code grown} adds to {@code key} that no other entry lists, or a type above
     * them: growing over listed keys is harmless, as their entries shadow the extras
     * ({@code list{0: string, 1?: int, ...<int<3, max>, string>}} must fold to the
     * non-empty list with extras {@code int<0, max>} reached by other routes). Listed keys
     * are taken away one at a time until nothing changes, since their union may have no
     * exact notation ({@code int<3, max>|1} is {@code int<1, max>}) and removing a type
     * above them could take away a key that is absent.
     */
    private Type addedKeys(Type grown, Type key, Type.ShapeEntry e) {
        Type added = Lattice.remove(grown, key);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Type.ShapeEntry o : entries) {
                Type listed = keyType(o.key());
                if (o != e && Lattice.leq(listed, added)) {
                    added = Lattice.remove(added, listed);
                    changed |= !Lattice.leq(listed, added);
                }
            }
        }
        return added;
    }

    private ArrForm settle() {
        boolean hasRequired = entries.stream().anyMatch(e -> !e.optional());
        boolean nonEmpty = ne || hasRequired;
        boolean sealed = isNever(k);
        if (sealed && entries.isEmpty()) {
            return nonEmpty ? null : new ArrForm(entries, k, v, true, false);
        }
        boolean isList = list || (sealed && entries.stream().allMatch(e -> e.key().equals(0L)));
        List<Type.ShapeEntry> es = entries;
        if (!isList && nonEmpty && !hasRequired && sealed && entries.size() == 1) {
            Type.ShapeEntry only = entries.get(0);
            es = List.of(new Type.ShapeEntry(only.key(), only.type(), false));
        }
        return new ArrForm(es, k, v, isList, nonEmpty);
    }

    /** The keys of a key type that is a finite set of literals, or null. */
    static List<Object> finiteKeys(Type key) {
        Norm n = Norm.of(key);
        KPart p = n.k();
        if (!n.clauses().isEmpty() || p.ints().range() || p.strs().base() != StrSet.Base.NONE
                || !p.withInts(IntSet.EMPTY).withStrs(StrSet.EMPTY).isEmpty()) {
            return null;
        }
        List<Object> out = new ArrayList<>(p.ints().values());
        for (String s : p.strs().literals()) {
            out.add(canonicalKey(s));
        }
        return out;
    }

    /** PHP stores a string key that is a canonical decimal int as that int. */
    static Object canonicalKey(String s) {
        if (INT_KEY.matcher(s).matches()) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return s;
            }
        }
        return s;
    }

    private static Map<Object, Type.ShapeEntry> sorted(List<Type.ShapeEntry> es) {
        Map<Object, Type.ShapeEntry> m = new TreeMap<>(KEY_ORDER);
        es.forEach(e -> m.put(e.key(), e));
        return m;
    }

    static boolean isNever(Type t) {
        return t instanceof Type.Never;
    }

    Type toType() {
        if (entries.isEmpty() && !isNever(k) && (!list || k.equals(NON_NEG_INT))) {
            return new Type.ArrayOf(k, v, list, ne);
        }
        return new Type.Shape(entries, k, v, list, ne);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ArrForm x
                && list == x.list
                && ne == x.ne
                && Objects.equals(k, x.k)
                && Objects.equals(v, x.v)
                && Objects.equals(entries, x.entries);
    }

    @Override
    public int hashCode() {
        int h = 72463687;
        h = 31 * h + (list ? 1 : 2);
        h = 31 * h + (ne ? 1 : 2);
        h = 31 * h + Objects.hashCode(k);
        h = 31 * h + Objects.hashCode(v);
        h = 31 * h + Objects.hashCode(entries);
        return h;
    }
}
