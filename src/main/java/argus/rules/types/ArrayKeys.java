package argus.rules.types;

import argus.types.Type;
import java.util.List;

/** Array keys as PHP stores them, and what a type says about the keys an array has. */
final class ArrayKeys {
    private ArrayKeys() {
    }

    /** A key known exactly, as PHP stores it (decimal strings become ints, true 1, null ""); else null. */
    static Object literalKey(Type key) {
        if (key instanceof Type.IntLit i) {
            return i.value();
        }
        if (key instanceof Type.StrLit s) {
            String v = s.value();
            return v.matches("-?(0|[1-9][0-9]{0,17})") && !v.equals("-0") ? (Object) Long.parseLong(v) : v;
        }
        if (key instanceof Type.True) {
            return 1L;
        }
        if (key instanceof Type.False) {
            return 0L;
        }
        if (key instanceof Type.Null) {
            return "";
        }
        return null;
    }

    static String show(Object key) {
        return key instanceof String s ? "'" + s + "'" : key.toString();
    }

    private static List<Type> members(Type t) {
        return t instanceof Type.Union u ? u.members() : List.of(t);
    }

    /** Every value is an array whose keys are all listed, none of them {@code key}. */
    static boolean surelyLacks(Type array, Object key) {
        if (array instanceof Type.Never) {
            return false;
        }
        for (Type m : members(array)) {
            if (!(m instanceof Type.Shape s) || !(s.extraKey() instanceof Type.Never) || !(s.extraValue() instanceof Type.Never)) {
                return false;
            }
            for (Type.ShapeEntry e : s.entries()) {
                if (e.key().equals(key)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean surelyArray(Type t) {
        if (t instanceof Type.Never) {
            return false;
        }
        for (Type m : members(t)) {
            if (!(m instanceof Type.ArrayOf) && !(m instanceof Type.Shape)) {
                return false;
            }
        }
        return true;
    }

    /** Every value is an array or an object: no array takes these as keys. */
    static boolean neverArrayKey(Type t) {
        if (t instanceof Type.Never) {
            return false;
        }
        for (Type m : members(t)) {
            if (!(m instanceof Type.ArrayOf) && !(m instanceof Type.Shape) && !Operands.isObject(m)) {
                return false;
            }
        }
        return true;
    }
}
