package argus.flow;

import argus.index.BuiltinClass;
import argus.index.Symbols;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.Types;
import java.util.List;

/**
 * Whether PHP accepts a value where a type is declared (a parameter, a return, a typed
 * property), with its coercions: in the default (weak) mode scalars convert into each other
 * where PHP converts them, objects with `__toString` pass as strings, ints pass as floats;
 * under `declare(strict_types=1)` only int to float remains. Built-in functions in weak mode also
 * take null for a scalar parameter (deprecated since 8.1, which the compatibility rules report).
 *
 * <p>YES: every value of the type is accepted; NO: none is (a TypeError whenever the code runs);
 * MAYBE: some are not, or it cannot be told (mixed, unknown classes).
 */
public final class Acceptance {
    private static final java.util.regex.Pattern NUMERIC =
            java.util.regex.Pattern.compile("[ \\t\\n\\r\\v\\f]*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[ \\t\\n\\r\\v\\f]*");
    private final TypeEnv env;

    public Acceptance(TypeEnv env) {
        this.env = env;
    }

    public TypeEnv env() {
        return env;
    }

    /**
     * @param declared     the declared type (MIXED when there is none)
     * @param value        the value's inferred type
     * @param strict       the calling file declares strict_types=1
     * @param builtinParam the declaration is a built-in function's parameter (weak mode: null coerces)
     */
    public Trilean accepts(Type declared, Type value, boolean strict, boolean builtinParam) {
        if (declared instanceof Type.Mixed || declared instanceof Type.TemplateParam) {
            return Trilean.YES;
        }
        if (value instanceof Type.Mixed) {
            return Trilean.MAYBE;
        }
        if (value instanceof Type.Never) {
            return Trilean.YES;
        }
        List<Type> members = value instanceof Type.Union u ? u.members() : List.of(value);
        boolean anyYes = false;
        boolean anyNo = false;
        boolean anyMaybe = false;
        for (Type m : members) {
            Trilean t = member(declared, m, strict, builtinParam);
            anyYes |= t == Trilean.YES;
            anyNo |= t == Trilean.NO;
            anyMaybe |= t == Trilean.MAYBE;
        }
        if (!anyNo && !anyMaybe) {
            return Trilean.YES;
        }
        return !anyYes && !anyMaybe ? Trilean.NO : Trilean.MAYBE;
    }

    /** One member of the value's union against the whole declared type (a union: any member may take it). */
    private Trilean member(Type declared, Type value, boolean strict, boolean builtinParam) {
        Trilean sub = Types.isSubtype(value, declared, env);
        if (sub == Trilean.YES) {
            return Trilean.YES;
        }
        Trilean best = sub;
        for (Type d : declared instanceof Type.Union u ? u.members() : List.of(declared)) {
            Trilean t = coerces(value, d, strict, builtinParam);
            if (t == Trilean.YES) {
                return Trilean.YES;
            }
            if (t == Trilean.MAYBE) {
                best = Trilean.MAYBE;
            }
        }
        return best;
    }

    /** The classes whose objects PHP 8.0 to 8.4 hand out where PHP 7 returned resources. */
    private static final java.util.Set<String> RESOURCE_OBJECTS = java.util.Set.of(
            "curlhandle", "curlmultihandle", "curlsharehandle", "hashcontext", "ftp\\connection", "socket",
            "addressinfo", "gdimage", "gdfont", "opensslcertificate", "opensslcertificatesigningrequest",
            "opensslasymmetrickey", "xmlparser", "xmlwriter", "shmop", "sysvmessagequeue", "sysvsemaphore",
            "sysvsharedmemory", "finfo", "deflatecontext", "inflatecontext", "enchantbroker", "enchantdictionary",
            "ldap\\connection", "ldap\\result", "ldap\\resultentry", "pgsql\\connection", "pgsql\\result",
            "pgsql\\lob", "imap\\connection", "pspell\\dictionary", "pspell\\config", "dba\\connection",
            "odbc\\connection", "odbc\\result", "soap\\url", "soap\\sdl");

    /** Whether PHP converts a value of {@code value} into one of the single declared type {@code d}. */
    private Trilean coerces(Type value, Type d, boolean strict, boolean builtinParam) {
        if (d instanceof Type.Mixed || d instanceof Type.TemplateParam) {
            return Trilean.YES;
        }
        if (isFloat(d) && isInt(value)) {
            return Trilean.YES;
        }
        if (value instanceof Type.Null) {
            return builtinParam && !strict && isScalar(d) ? Trilean.YES : Trilean.NO;
        }
        if (value instanceof Type.Resource && d instanceof Type.Obj o
                && RESOURCE_OBJECTS.contains(o.name().toLowerCase(java.util.Locale.ROOT))) {
            // PHP 8 turned these resources into objects; code (and docblocks) written for PHP 7
            // still say `resource` for what is now a CurlHandle, an FTP\Connection, ...
            return Trilean.MAYBE;
        }
        if (d instanceof Type.Callable || d instanceof Type.ClosureType) {
            // Strings and arrays may name a callable; objects may be invokable.
            return isString(value) || value instanceof Type.ArrayOf || value instanceof Type.Shape
                    || isObject(value) ? Trilean.MAYBE : Trilean.NO;
        }
        if (strict) {
            return Trilean.NO;
        }
        if (isScalar(value) && isScalar(d)) {
            return scalarToScalar(value, d);
        }
        if (isString(d) && isObject(value)) {
            return stringable(value);
        }
        return Trilean.NO;
    }

    /** Weak-mode conversions between int, float, string and bool. */
    private static Trilean scalarToScalar(Type value, Type d) {
        if (d instanceof Type.Bool || isString(d) && !(d instanceof Type.StrLit) && !(d instanceof Type.NonEmptyStr)
                && !(d instanceof Type.NumericStr) && !(d instanceof Type.ClassString)) {
            return Trilean.YES;
        }
        if (isInt(d) && d instanceof Type.Int || isFloat(d)) {
            if (isInt(value) || isFloat(value) && d instanceof Type.Float || value instanceof Type.Bool
                    || value instanceof Type.True || value instanceof Type.False) {
                return Trilean.YES;
            }
            if (isFloat(value)) {
                // A fractional float to int is deprecated (8.1), not an error.
                return Trilean.YES;
            }
            if (value instanceof Type.StrLit s) {
                return numeric(s.value()) ? Trilean.YES : Trilean.NO;
            }
            if (value instanceof Type.NumericStr) {
                return Trilean.YES;
            }
            return Trilean.MAYBE;
        }
        return Trilean.MAYBE;
    }

    /** PHP's numeric strings: optional whitespace, sign, digits, fraction, exponent, trailing whitespace. */
    static boolean numeric(String s) {
        return NUMERIC.matcher(s).matches();
    }

    /** Whether objects of this type have `__toString` (YES), have none (NO), or it is unknown. */
    private Trilean stringable(Type value) {
        String cls = value instanceof Type.Obj o ? o.name() : value instanceof Type.StaticType s ? s.bound() : null;
        if (cls == null) {
            return Trilean.MAYBE;
        }
        if (cls.equalsIgnoreCase("Stringable")) {
            return Trilean.YES;
        }
        Symbols.Class user = env.index().clazz(cls);
        if (user != null) {
            if (env.index().findMethod(cls, "__toString") != null) {
                return Trilean.YES;
            }
            // A subclass may add __toString unless the class is final; unknown parents may have it.
            boolean sealed = user.modifiers().isFinal() || user.kind() == argus.ast.Stmt.ClassKind.ENUM;
            return sealed && knownHierarchy(cls) ? Trilean.NO : Trilean.MAYBE;
        }
        BuiltinClass b = env.builtins().clazz(cls);
        if (b == null) {
            return Trilean.MAYBE;
        }
        return env.builtins().method(cls, "__toString") != null ? Trilean.YES : Trilean.MAYBE;
    }

    private boolean knownHierarchy(String cls) {
        String c = cls;
        for (int depth = 0; c != null && depth < 64; depth++) {
            Symbols.Class user = env.index().clazz(c);
            if (user == null) {
                return false;
            }
            for (String t : user.traits()) {
                if (env.index().clazz(t) == null) {
                    return false;
                }
            }
            c = user.parent();
        }
        return c == null;
    }

    static boolean isInt(Type t) {
        return t instanceof Type.Int || t instanceof Type.IntLit || t instanceof Type.IntRange;
    }

    static boolean isFloat(Type t) {
        return t instanceof Type.Float;
    }

    static boolean isString(Type t) {
        return t instanceof Type.Str || t instanceof Type.NonEmptyStr || t instanceof Type.NumericStr
                || t instanceof Type.StrLit || t instanceof Type.ClassString;
    }

    static boolean isBool(Type t) {
        return t instanceof Type.Bool || t instanceof Type.True || t instanceof Type.False;
    }

    static boolean isScalar(Type t) {
        return isInt(t) || isFloat(t) || isString(t) || isBool(t);
    }

    static boolean isObject(Type t) {
        return t instanceof Type.Obj || t instanceof Type.ObjectAny || t instanceof Type.StaticType
                || t instanceof Type.ClosureType || t instanceof Type.Intersection;
    }
}
