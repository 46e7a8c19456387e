package argus.types;

import java.util.ArrayList;
import java.util.List;

/** The bracketed parts of the notation: callable signatures and array shapes. */
final class CompoundReader {
    private CompoundReader() {
    }

    static Type.Sig sig(TypeReader r) {
        r.expect('(');
        r.skipAllWs();
        List<Type.Param> params = new ArrayList<>();
        while (r.peek() != ')') {
            char c = r.peek();
            Type t = c == '&' || c == '.' || c == '$' ? Type.MIXED : r.type();
            r.skipAllWs();
            boolean byRef = r.consume("&");
            r.skipAllWs();
            boolean variadic = r.consume("...");
            r.skipAllWs();
            if (r.peek() == '$') {
                r.variable();
                r.skipAllWs();
            }
            boolean optional = r.consume("=");
            params.add(new Type.Param(t, optional, variadic, byRef));
            r.skipAllWs();
            if (!r.consume(",")) {
                break;
            }
            r.skipAllWs();
        }
        r.expect(')');
        Type returns = Type.MIXED;
        int save = r.pos;
        while (r.peek() == ' ' || r.peek() == '\t') {
            r.pos++;
        }
        if (r.peek() == ':' && r.peekAt(1) != ':') {
            r.pos++;
            r.skipAllWs();
            returns = r.prefix();
        } else {
            r.pos = save;
        }
        return new Type.Sig(params, returns);
    }

    /** The body of {@code array{...}} or {@code list{...}}, after the opening brace. */
    static Type shape(TypeReader r, boolean list, boolean nonEmpty) {
        r.expect('{');
        List<Type.ShapeEntry> entries = new ArrayList<>();
        long next = 0;
        Type extraKey = Type.NEVER;
        Type extraValue = Type.NEVER;
        r.skipAllWs();
        while (r.peek() != '}') {
            if (r.consume("...")) {
                r.skipAllWs();
                List<Type> args = r.optArgs();
                extraKey = list ? ArrForm.NON_NEG_INT : ArrForm.ARRAY_KEY;
                extraValue = Type.MIXED;
                if (args != null && args.size() == 1) {
                    extraValue = args.get(0);
                } else if (args != null && args.size() == 2) {
                    extraKey = args.get(0);
                    extraValue = args.get(1);
                } else if (args != null) {
                    throw r.fail("'...' takes one or two type arguments");
                }
                r.skipAllWs();
                r.consume(",");
                r.skipAllWs();
                break;
            }
            int save = r.pos;
            Object key = entryKey(r);
            boolean optional = false;
            if (key != null) {
                r.skipAllWs();
                if (r.peek() == '?' && r.peekAt(1) == ':') {
                    optional = true;
                    r.pos += 2;
                } else if (r.peek() == ':' && r.peekAt(1) != ':') {
                    r.pos++;
                } else {
                    key = null;
                }
            }
            if (key == null) {
                r.pos = save;
                key = next;
            }
            r.skipAllWs();
            entries.add(new Type.ShapeEntry(key, r.type(), optional));
            if (key instanceof Long l && l >= next) {
                next = l + 1;
            }
            r.skipAllWs();
            if (!r.consume(",")) {
                break;
            }
            r.skipAllWs();
        }
        r.expect('}');
        return new Type.Shape(entries, extraKey, extraValue, list, nonEmpty);
    }

    private static Object entryKey(TypeReader r) {
        char c = r.peek();
        if (c == '\'' || c == '"') {
            return ArrForm.canonicalKey(r.string());
        }
        if (TypeReader.isDigit(c) || (c == '-' && TypeReader.isDigit(r.peekAt(1)))) {
            int start = r.pos;
            r.pos++;
            while (TypeReader.isDigit(r.peek())) {
                r.pos++;
            }
            return ArrForm.canonicalKey(r.s.substring(start, r.pos));
        }
        return TypeReader.isNameStart(c) ? r.name() : null;
    }
}
