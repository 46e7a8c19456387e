package argus.types;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link Type#describe()}: the PHPStan/Psalm notation, plus two spellings of our own that
 * {@link TypeParser} reads back: {@code T of Bound} for template parameters (a bare T
 * reads as a class) and {@code static(Foo)} for a resolved static. Forms the notation has
 * no word for print as intersections of forms it has ({@code non-empty-array&array{a?: int}}),
 * which the parser meets back together.
 */
final class TypeDescriber {
    private static final java.util.regex.Pattern BARE_KEY = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private TypeDescriber() {
    }

    static String describe(Type t) {
        if (t instanceof Type.Union u) {
            return union(u.members());
        }
        if (t instanceof Type.Intersection i) {
            return i.parts().stream().map(TypeDescriber::grouped).collect(Collectors.joining("&"));
        }
        if (t instanceof Type.IntLit l) {
            return Long.toString(l.value());
        }
        if (t instanceof Type.IntRange r) {
            return "int<" + (r.min() == null ? "min" : r.min()) + ", " + (r.max() == null ? "max" : r.max()) + ">";
        }
        if (t instanceof Type.StrLit s) {
            return quote(s.value());
        }
        if (t instanceof Type.ClassString c) {
            return c.of() instanceof Type.ObjectAny ? "class-string" : "class-string<" + describe(c.of()) + ">";
        }
        if (t instanceof Type.ArrayOf a) {
            return arrayOf(a);
        }
        if (t instanceof Type.Shape s) {
            return shape(s);
        }
        if (t instanceof Type.Obj o) {
            return o.args().isEmpty() ? o.name() : o.name() + "<" + list(o.args()) + ">";
        }
        if (t instanceof Type.StaticType s) {
            return s.bound() == null ? "static" : "static(" + s.bound() + ")";
        }
        if (t instanceof Type.Callable c) {
            return c.sig() == null ? "callable" : "callable" + sig(c.sig());
        }
        if (t instanceof Type.ClosureType c) {
            return "Closure" + sig(c.sig());
        }
        if (t instanceof Type.TemplateParam p) {
            return p.name() + " of " + grouped(p.bound());
        }
        return keyword(t);
    }

    private static String keyword(Type t) {
        if (t instanceof Type.Never) {
            return "never";
        }
        if (t instanceof Type.Mixed) {
            return "mixed";
        }
        if (t instanceof Type.Null) {
            return "null";
        }
        if (t instanceof Type.Void) {
            return "void";
        }
        if (t instanceof Type.Bool) {
            return "bool";
        }
        if (t instanceof Type.True) {
            return "true";
        }
        if (t instanceof Type.False) {
            return "false";
        }
        if (t instanceof Type.Int) {
            return "int";
        }
        if (t instanceof Type.Float) {
            return "float";
        }
        if (t instanceof Type.Str) {
            return "string";
        }
        if (t instanceof Type.NonEmptyStr) {
            return "non-empty-string";
        }
        if (t instanceof Type.NumericStr) {
            return "numeric-string";
        }
        if (t instanceof Type.ObjectAny) {
            return "object";
        }
        return "resource";
    }

    private static String union(List<Type> members) {
        if (members.size() == 2 && members.get(1) instanceof Type.Null && nullableForm(members.get(0))) {
            return "?" + describe(members.get(0));
        }
        return members.stream().map(m -> m instanceof Type.Intersection || m instanceof Type.TemplateParam
                ? "(" + describe(m) + ")" : describe(m)).collect(Collectors.joining("|"));
    }

    /** The types PHP itself writes with {@code ?}; others read better as {@code X|null}. */
    private static boolean nullableForm(Type t) {
        return (t instanceof Type.Obj o && o.args().isEmpty()) || t instanceof Type.StaticType
                || t instanceof Type.ObjectAny || t instanceof Type.Int || t instanceof Type.Float
                || t instanceof Type.Str || t instanceof Type.Bool || t instanceof Type.Resource
                || (t instanceof Type.Callable c && c.sig() == null)
                || (t instanceof Type.ArrayOf a && arrayOf(a).equals("array"));
    }

    /** Where a whole type must read as one operand: parenthesised when an operator or a space shows at its top level. */
    private static String grouped(Type t) {
        String s = describe(t);
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                i++;
                while (i < s.length() && s.charAt(i) != '\'') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                continue;
            }
            if (c == '<' || c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '>' || c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && (c == '|' || c == '&' || c == ' ')) {
                return "(" + s + ")";
            }
        }
        return s;
    }

    private static String list(List<Type> ts) {
        return ts.stream().map(TypeDescriber::describe).collect(Collectors.joining(", "));
    }

    private static String sig(Type.Sig s) {
        String params = s.params().stream().map(p -> describe(p.type()) + (p.byRef() ? " &" : "")
                + (p.variadic() ? " ..." : "") + (p.optional() ? "=" : "")).collect(Collectors.joining(", "));
        return "(" + params + "): " + grouped(s.returns());
    }

    private static String arrayOf(Type.ArrayOf a) {
        String head = (a.nonEmpty() ? "non-empty-" : "") + (a.list() ? "list" : "array");
        boolean anyValue = a.value() instanceof Type.Mixed;
        if (a.list() || a.key().equals(ArrForm.ARRAY_KEY)) {
            return anyValue ? head : head + "<" + describe(a.value()) + ">";
        }
        return head + "<" + describe(a.key()) + ", " + describe(a.value()) + ">";
    }

    private static String shape(Type.Shape s) {
        StringBuilder b = new StringBuilder();
        boolean anyRequired = s.entries().stream().anyMatch(e -> !e.optional());
        if (s.nonEmpty() && !anyRequired) {
            b.append(s.list() ? "non-empty-list&" : "non-empty-array&");
        }
        if (s.entries().isEmpty() && s.extraKey() instanceof Type.Never) {
            return b.append("array{}").toString();
        }
        b.append(s.list() ? "list{" : "array{");
        String sep = "";
        long position = 0;
        for (Type.ShapeEntry e : s.entries()) {
            b.append(sep);
            sep = ", ";
            boolean positional = s.list() && !e.optional() && e.key().equals(position);
            if (!positional) {
                b.append(key(e.key())).append(e.optional() ? "?: " : ": ");
            }
            b.append(describe(e.type()));
            position++;
        }
        if (!(s.extraKey() instanceof Type.Never)) {
            b.append(sep);
            boolean plainKey = s.list()
                    ? s.extraKey().equals(new Type.IntRange((long) s.entries().size(), null))
                    : s.extraKey().equals(ArrForm.ARRAY_KEY);
            if (plainKey && s.extraValue() instanceof Type.Mixed) {
                b.append("...");
            } else if (plainKey && s.list()) {
                b.append("...<").append(describe(s.extraValue())).append(">");
            } else {
                b.append("...<").append(describe(s.extraKey())).append(", ").append(describe(s.extraValue())).append(">");
            }
        }
        return b.append("}").toString();
    }

    private static String key(Object key) {
        if (key instanceof Long) {
            return key.toString();
        }
        String s = (String) key;
        return BARE_KEY.matcher(s).matches() ? s : quote(s);
    }

    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
