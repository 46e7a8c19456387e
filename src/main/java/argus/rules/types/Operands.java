package argus.rules.types;

import argus.flow.Acceptance;
import argus.index.Symbols;
import argus.rules.Scope;
import argus.types.Trilean;
import argus.types.Type;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What PHP's operators and casts make of arrays and objects, for the operand and conversion rules. */
final class Operands {
    /**
     * Built-in classes that neither overload operators nor convert themselves to numbers
     * (GMP, BcMath\Number, FFI\CData and SimpleXMLElement do); other built-ins are left alone.
     */
    private static final Set<String> PLAIN_BUILTINS = Set.of("stdclass", "closure", "datetime", "datetimeimmutable",
            "dateinterval", "arrayobject", "arrayiterator", "splobjectstorage", "exception", "error");

    private Operands() {
    }

    static List<Type> members(Type t) {
        return t instanceof Type.Union u ? u.members() : List.of(t);
    }

    static boolean isObject(Type t) {
        return t instanceof Type.Obj || t instanceof Type.ObjectAny || t instanceof Type.StaticType
                || t instanceof Type.ClosureType || t instanceof Type.Intersection i && i.parts().stream().allMatch(Operands::isObject);
    }

    static boolean isArray(Type t) {
        return t instanceof Type.ArrayOf || t instanceof Type.Shape;
    }

    /** Every value is an array. */
    static boolean surelyArray(Type t) {
        return !(t instanceof Type.Never) && members(t).stream().allMatch(Operands::isArray);
    }

    /** No value is an array (and the type is known). */
    static boolean surelyNotArray(Type t) {
        if (t instanceof Type.Never) {
            return false;
        }
        for (Type m : members(t)) {
            if (isArray(m) || m instanceof Type.Mixed || m instanceof Type.TemplateParam || m instanceof Type.Callable
                    || m instanceof Type.Intersection) {
                return false;
            }
        }
        return true;
    }

    /** Every value is an object of a class that takes no part in arithmetic: PHP 8 throws a TypeError. */
    static boolean surelyPlainObject(Type t, Scope scope) {
        if (t instanceof Type.Never) {
            return false;
        }
        for (Type m : members(t)) {
            String cls = m instanceof Type.Obj o ? o.name() : m instanceof Type.StaticType s ? s.bound() : null;
            if (m instanceof Type.ClosureType) {
                continue;
            }
            if (cls == null || !plainClass(cls, scope)) {
                return false;
            }
        }
        return true;
    }

    /** A class whose every ancestor is declared in the project or is a plain built-in. */
    private static boolean plainClass(String cls, Scope scope) {
        String c = cls;
        for (int depth = 0; depth < 64; depth++) {
            Symbols.Class user = scope.index().clazz(c);
            if (user == null) {
                return PLAIN_BUILTINS.contains(c.toLowerCase(Locale.ROOT)) && scope.types().builtins().clazz(c) != null;
            }
            if (user.kind() == argus.ast.Stmt.ClassKind.INTERFACE || user.kind() == argus.ast.Stmt.ClassKind.TRAIT) {
                return false;
            }
            if (user.parent() == null) {
                return true;
            }
            c = user.parent();
        }
        return false;
    }

    /**
     * Every value is an object PHP cannot turn into a string (no `__toString` now or in any
     * subclass, as far as the whole class hierarchy shows); the weak-mode acceptance of a
     * string parameter says exactly this.
     */
    static boolean surelyNotStringable(Type t, Scope scope) {
        if (t instanceof Type.Never || !members(t).stream().allMatch(Operands::isObject)) {
            return false;
        }
        return new Acceptance(scope.types()).accepts(Type.STRING, t, false, false) == Trilean.NO;
    }
}
