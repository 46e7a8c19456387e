package argus.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The total order of union members, so that equal types are equal lists and print the
 * same on every run: classes and other atoms first, then arrays, ints, floats, strings,
 * bools, and null last, as PHP code usually writes them ({@code Foo|array|int|string|null}).
 */
final class TypeOrder {
    private TypeOrder() {
    }

    static final Comparator<Type> ORDER = TypeOrder::compare;

    static int rank(Type t) {
        if (t instanceof Type.TemplateParam) {
            return 0;
        }
        if (t instanceof Type.Obj || t instanceof Type.StaticType || t instanceof Type.ClosureType
                || t instanceof Type.Intersection) {
            return 1;
        }
        if (t instanceof Type.ObjectAny) {
            return 2;
        }
        if (t instanceof Type.Callable) {
            return 3;
        }
        if (t instanceof Type.ClassString) {
            return 4;
        }
        if (t instanceof Type.ArrayOf || t instanceof Type.Shape) {
            return 5;
        }
        if (t instanceof Type.Int || t instanceof Type.IntLit || t instanceof Type.IntRange) {
            return 6;
        }
        if (t instanceof Type.Float) {
            return 7;
        }
        if (t instanceof Type.Str || t instanceof Type.NonEmptyStr || t instanceof Type.NumericStr) {
            return 8;
        }
        if (t instanceof Type.StrLit) {
            return 9;
        }
        if (t instanceof Type.Bool || t instanceof Type.True || t instanceof Type.False) {
            return 10;
        }
        if (t instanceof Type.Resource) {
            return 11;
        }
        if (t instanceof Type.Void) {
            return 12;
        }
        if (t instanceof Type.Null) {
            return 13;
        }
        return 14;
    }

    private static int compare(Type a, Type b) {
        int c = Integer.compare(rank(a), rank(b));
        if (c != 0) {
            return c;
        }
        if (rank(a) == 6) {
            c = Long.compare(low(a), low(b));
            return c != 0 ? c : Long.compare(high(a), high(b));
        }
        if (a instanceof Type.StrLit x && b instanceof Type.StrLit y) {
            return x.value().compareTo(y.value());
        }
        return a.describe().compareTo(b.describe());
    }

    private static long low(Type t) {
        if (t instanceof Type.IntLit l) {
            return l.value();
        }
        return t instanceof Type.IntRange r && r.min() != null ? r.min() : Long.MIN_VALUE;
    }

    private static long high(Type t) {
        if (t instanceof Type.IntLit l) {
            return l.value();
        }
        return t instanceof Type.IntRange r && r.max() != null ? r.max() : Long.MAX_VALUE;
    }

    /** Members already in normal form and disjoint: sort them and wrap. */
    static Type union(List<Type> members) {
        if (members.isEmpty()) {
            return Type.NEVER;
        }
        if (members.size() == 1) {
            return members.get(0);
        }
        List<Type> sorted = new ArrayList<>(members);
        sorted.sort(ORDER);
        return new Type.Union(sorted);
    }
}
