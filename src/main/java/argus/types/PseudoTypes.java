package argus.types;

import java.util.ArrayList;
import java.util.List;

/**
 * What each keyword and pseudo type of the docblock dialects means here. Spellings that
 * only PHPStan or Psalm tell apart ({@code literal-string}, {@code non-falsy-string},
 * {@code int-mask}) become the nearest type we have; an unknown hyphenated word (which
 * cannot be a class) is mixed, so a newer dialect costs precision, not errors.
 */
final class PseudoTypes {
    private PseudoTypes() {
    }

    private static final Type TRAVERSABLE = new Type.Obj("\\Traversable");

    static Type named(TypeReader r, String name) {
        if (r.s.startsWith("::", r.pos)) {
            r.pos += 2;
            int start = r.pos;
            while (r.pos < r.s.length() && (Character.isLetterOrDigit(r.s.charAt(r.pos))
                    || r.s.charAt(r.pos) == '_' || r.s.charAt(r.pos) == '*')) {
                r.pos++;
            }
            boolean isClass = r.s.substring(start, r.pos).equalsIgnoreCase("class");
            return isClass ? new Type.ClassString(new Type.Obj(name)) : Type.MIXED;
        }
        if (name.indexOf('\\') < 0 && r.peek() != '<' && r.templates.containsKey(name)) {
            return new Type.TemplateParam(name, r.templates.get(name));
        }
        if (name.indexOf('\\') < 0) {
            Type t = keyword(r, TypeReader.lower(name));
            if (t != null) {
                return t;
            }
        }
        if (Clause.isClosureName(name) && r.peek() == '(') {
            return new Type.ClosureType(CompoundReader.sig(r));
        }
        List<Type> args = r.optArgs();
        if (name.indexOf('-') >= 0) {
            return Type.MIXED;
        }
        if (args == null && r.ofAhead()) {
            r.skipOf();
            return new Type.TemplateParam(name, r.postfix());
        }
        return new Type.Obj(name, args == null ? List.of() : args);
    }

    private static Type keyword(TypeReader r, String k) {
        switch (k) {
            case "int", "integer":
                return r.peek() == '<' ? intRange(r) : Type.INT;
            case "positive-int":
                return new Type.IntRange(1L, null);
            case "negative-int":
                return new Type.IntRange(null, -1L);
            case "non-negative-int":
                return new Type.IntRange(0L, null);
            case "non-positive-int":
                return new Type.IntRange(null, 0L);
            case "non-zero-int", "int-mask", "int-mask-of":
                r.optArgs();
                return Type.INT;
            case "bool", "boolean":
                return Type.BOOL;
            case "true":
                return Type.TRUE;
            case "false":
                return Type.FALSE;
            case "null":
                return Type.NULL;
            case "float", "double":
                return Type.FLOAT;
            case "string", "literal-string", "lowercase-string", "uppercase-string", "__stringandstringable":
                return Type.STRING;
            case "non-empty-string", "non-falsy-string", "truthy-string", "non-empty-literal-string",
                    "non-empty-lowercase-string", "non-empty-uppercase-string":
                return Type.NON_EMPTY_STRING;
            case "numeric-string":
                return Type.NUMERIC_STRING;
            case "class-string", "interface-string", "trait-string", "enum-string": {
                List<Type> args = r.optArgs();
                return new Type.ClassString(args == null ? Type.OBJECT : args.get(0));
            }
            case "callable-string":
                return Types.meet(new Type.Callable(null), Type.STRING);
            case "callable-array":
                return Types.meet(new Type.Callable(null), ArrForm.ANY.toType());
            case "callable-object":
                return Types.meet(new Type.Callable(null), Type.OBJECT);
            case "array", "non-empty-array", "list", "non-empty-list":
                return array(r, k.endsWith("list"), k.startsWith("non-empty"));
            case "iterable": {
                List<Type> args = r.optArgs();
                Type key = args != null && args.size() == 2 ? args.get(0) : Type.MIXED;
                Type value = args == null ? Type.MIXED : args.get(args.size() - 1);
                Type traversable = args == null ? TRAVERSABLE : new Type.Obj("\\Traversable", List.of(key, value));
                return Types.join(new Type.ArrayOf(key, value, false, false), traversable);
            }
            case "callable", "pure-callable":
                return new Type.Callable(r.peek() == '(' ? CompoundReader.sig(r) : null);
            case "pure-closure":
                return r.peek() == '(' ? new Type.ClosureType(CompoundReader.sig(r)) : new Type.Obj("Closure");
            case "object":
                if (r.peek() == '{') {
                    CompoundReader.shape(r, false, false);
                }
                return Type.OBJECT;
            case "mixed", "non-empty-mixed":
                return Type.MIXED;
            case "void":
                return Type.VOID;
            case "never", "never-return", "never-returns", "no-return", "noreturn":
                return Type.NEVER;
            case "resource", "closed-resource", "open-resource":
                return Type.RESOURCE;
            case "scalar":
                return Types.joinAll(List.of(Type.BOOL, Type.FLOAT, Type.INT, Type.STRING));
            case "numeric":
                return Types.joinAll(List.of(Type.FLOAT, Type.INT, Type.NUMERIC_STRING));
            case "number":
                return Types.join(Type.FLOAT, Type.INT);
            case "array-key":
                return ArrForm.ARRAY_KEY;
            case "empty":
                return Types.falsy(Type.MIXED);
            case "static":
                return staticType(r);
            case "key-of", "value-of":
                return keysOrValues(r, k.equals("key-of"));
            case "template-type", "new":
                r.optArgs();
                return Type.MIXED;
            default:
                return null;
        }
    }

    private static Type array(TypeReader r, boolean list, boolean nonEmpty) {
        if (r.peek() == '{') {
            return CompoundReader.shape(r, list, nonEmpty);
        }
        int at = r.pos;
        List<Type> args = r.optArgs();
        Type key = list ? ArrForm.NON_NEG_INT : ArrForm.ARRAY_KEY;
        Type value = Type.MIXED;
        if (args != null) {
            if (args.size() > 2 || (list && args.size() == 2)) {
                throw new TypeReader.Failure("too many type arguments for " + (list ? "list" : "array") + " at " + at, at);
            }
            value = args.get(args.size() - 1);
            if (args.size() == 2) {
                key = args.get(0);
            }
        }
        return new Type.ArrayOf(key, value, list, nonEmpty);
    }

    private static Type intRange(TypeReader r) {
        r.expect('<');
        r.skipAllWs();
        Long lo = bound(r, "min");
        r.skipAllWs();
        r.expect(',');
        r.skipAllWs();
        Long hi = bound(r, "max");
        r.skipAllWs();
        r.expect('>');
        if (lo != null && hi != null && lo > hi) {
            throw r.fail("empty int range");
        }
        return new Type.IntRange(lo, hi);
    }

    private static Long bound(TypeReader r, String unbounded) {
        if (r.wordAhead(unbounded)) {
            r.pos += unbounded.length();
            return null;
        }
        Type t = r.prefix();
        if (t instanceof Type.IntLit l) {
            return l.value();
        }
        throw r.fail("expected an int or " + unbounded);
    }

    private static Type staticType(TypeReader r) {
        if (r.peek() != '(') {
            return new Type.StaticType(null);
        }
        r.pos++;
        r.skipAllWs();
        String bound = r.name();
        r.skipAllWs();
        r.expect(')');
        if (bound.isEmpty()) {
            throw r.fail("expected a class name");
        }
        return new Type.StaticType(bound);
    }

    /** {@code key-of<array{a: int}>} is 'a'; of anything but arrays we cannot say, so mixed. */
    private static Type keysOrValues(TypeReader r, boolean keys) {
        List<Type> args = r.optArgs();
        if (args == null || args.size() != 1) {
            throw r.fail("key-of and value-of take one type argument");
        }
        Norm n = Norm.of(args.get(0));
        if (!n.clauses().isEmpty() || n.k().arrs().isEmpty() || !n.k().withArrs(ArrSet.EMPTY).isEmpty()) {
            return Type.MIXED;
        }
        List<Type> out = new ArrayList<>();
        for (ArrForm f : n.k().arrs().forms()) {
            out.add(keys ? f.k() : f.v());
            for (Type.ShapeEntry e : f.entries()) {
                if (!(e.type() instanceof Type.Never)) {
                    out.add(keys ? ArrForm.keyType(e.key()) : e.type());
                }
            }
        }
        return Types.joinAll(out);
    }
}
