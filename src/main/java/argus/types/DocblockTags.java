package argus.types;

import argus.types.Docblock.MethodParam;
import argus.types.DocblockParser.Slots;
import argus.types.DocblockParser.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the bodies of the tags that carry types, choosing among spellings per slot. */
final class DocblockTags {
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_\\x80-\\uffff][A-Za-z0-9_\\x80-\\uffff]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_\\x80-\\uffff][A-Za-z0-9_\\x80-\\uffff]*");
    private static final Pattern NAME_AND_PAREN = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\(");

    private final Slots<Docblock.Param> params = new Slots<>();
    private final Slots<Docblock.Var> vars = new Slots<>();
    private final Slots<Docblock.Property> properties = new Slots<>();
    private final Slots<Docblock.Method> methods = new Slots<>();
    private final Slots<Docblock.Template> templates = new Slots<>();
    private final Slots<Returns> returns = new Slots<>();
    /** Per kind (extends, implements, use): the strongest spelling seen and its types. */
    private final java.util.Map<String, Supers> supertypes = new java.util.TreeMap<>();
    private final List<Docblock.Problem> problems = new ArrayList<>();
    private String deprecated;

    private record Returns(Type type, String description) {
    }

    private record Supers(int rank, List<Type> types) {
    }

    /** A tag that cannot be read: its line and why. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** Template names in scope (the enclosing declaration's and this docblock's own), with their bounds. */
    private final java.util.Map<String, Type> inScope = new java.util.HashMap<>();

    static Docblock read(String description, List<Docblock.Tag> tags, java.util.Map<String, Type> outerTemplates) {
        DocblockTags r = new DocblockTags();
        r.inScope.putAll(outerTemplates);
        List<Type> throwsTypes = new ArrayList<>();
        // Templates first: a tag may use one declared below it.
        for (Docblock.Tag tag : tags) {
            if (declaresTemplate(tag)) {
                r.guarded(tag, throwsTypes);
            }
        }
        r.templates.values().forEach(t -> r.inScope.put(t.name(), t.bound()));
        for (Docblock.Tag tag : tags) {
            if (!declaresTemplate(tag)) {
                r.guarded(tag, throwsTypes);
            }
        }
        r.problems.sort(java.util.Comparator.comparingInt(Docblock.Problem::line));
        Returns ret = r.returns.get("return");
        return new Docblock(description, r.params.values(), ret == null ? null : ret.type(),
                ret == null ? "" : ret.description(), r.vars.values(), r.properties.values(), r.methods.values(),
                r.templates.values(), supers(r, "extends"), supers(r, "implements"), supers(r, "use"), throwsTypes,
                r.deprecated, tags, r.problems);
    }

    /** {@code @template}, {@code @template-covariant}... but not {@code @template-extends} and its kin. */
    private static boolean declaresTemplate(Docblock.Tag tag) {
        String base = Spelling.of(tag.name()).base();
        return base.equals("template") || base.equals("template-covariant") || base.equals("template-contravariant");
    }

    private void guarded(Docblock.Tag tag, List<Type> throwsTypes) {
        try {
            tag(tag, throwsTypes);
        } catch (Unreadable e) {
            problems.add(new Docblock.Problem(tag.line(), "@" + tag.name() + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            // a docblock is user text: a reader bug must cost one tag, not the file's analysis
            problems.add(new Docblock.Problem(tag.line(), "@" + tag.name() + ": cannot read (" + e + ")"));
        }
    }

    private static List<Type> supers(DocblockTags r, String kind) {
        Supers got = r.supertypes.get(kind);
        return got == null ? List.of() : got.types();
    }

    private void tag(Docblock.Tag tag, List<Type> throwsTypes) {
        Spelling sp = Spelling.of(tag.name());
        String base = switch (sp.base()) {
            case "template-extends", "template-implements", "template-use" -> sp.base().substring(9);
            default -> sp.base();
        };
        Cursor c = new Cursor(tag.text(), inScope);
        switch (base) {
            case "param" -> param(c, sp.rank(), tag.line());
            case "return" -> {
                Type t = c.type("a type");
                duplicate(returns.offer("return", sp.rank(), new Returns(t, c.rest())), tag, "more than one return type");
            }
            case "var" -> variable(c, sp.rank(), tag.line());
            case "property", "property-read", "property-write" -> {
                Type t = c.type("a type");
                String name = c.variable();
                Docblock.Access access = base.endsWith("read") ? Docblock.Access.READ_ONLY
                        : base.endsWith("write") ? Docblock.Access.WRITE_ONLY : Docblock.Access.READ_WRITE;
                duplicate(properties.offer(name, sp.rank(), new Docblock.Property(name, t, access, c.rest(), tag.line())),
                        tag, "property $" + name + " is documented twice");
            }
            case "method" -> {
                Docblock.Method m = method(c, tag.line());
                duplicate(methods.offer(m.name().toLowerCase(Locale.ROOT), sp.rank(), m), tag,
                        "method " + m.name() + "() is documented twice");
            }
            case "template", "template-covariant", "template-contravariant" -> template(c, base, sp.rank(), tag.line());
            case "extends", "implements", "use" -> {
                Type t = c.type("a class type");
                if (!(t instanceof Type.Obj)) {
                    throw new Unreadable("expected a class, found " + t.describe());
                }
                Supers had = supertypes.get(base);
                if (had == null || had.rank() < sp.rank()) {
                    supertypes.put(base, new Supers(sp.rank(), List.of(t)));
                } else if (had.rank() == sp.rank()) {
                    List<Type> all = new ArrayList<>(had.types());
                    all.add(t);
                    supertypes.put(base, new Supers(had.rank(), List.copyOf(all)));
                }
            }
            case "throws" -> throwsTypes.add(c.type("an exception type"));
            case "deprecated" -> deprecated = tag.text().strip();
            default -> {
            }
        }
    }

    private void param(Cursor c, int rank, int line) {
        Type t = c.atVariable() ? null : c.type("a type");
        boolean byRef = c.consume("&");
        boolean variadic = c.consume("...");
        String name = c.variable();
        if (t == null) {
            return;
        }
        duplicate(params.offer(name, rank, new Docblock.Param(name, t, variadic, byRef, c.rest(), line)),
                line, "parameter $" + name + " is documented twice");
    }

    /** {@code @var T $x desc}, {@code @var T desc}, and the older {@code @var $x T}. */
    private void variable(Cursor c, int rank, int line) {
        String name = null;
        Type t;
        if (c.atVariable()) {
            name = c.variable();
            t = c.type("a type");
        } else {
            t = c.type("a type");
            if (c.atVariable()) {
                name = c.variable();
            }
        }
        String slot = name == null ? "" : name;
        duplicate(vars.offer(slot, rank, new Docblock.Var(name, t, c.rest(), line)), line,
                name == null ? "more than one @var" : "variable $" + name + " is documented twice");
    }

    private void template(Cursor c, String base, int rank, int line) {
        String name = c.identifier("a template name");
        Type bound = Type.MIXED;
        if (c.word("of") || c.word("as") || c.word("super")) {
            bound = c.type("a bound");
        }
        Type dflt = null;
        if (c.consume("=")) {
            dflt = c.type("a default type");
        }
        Docblock.Variance v = base.endsWith("contravariant") ? Docblock.Variance.CONTRAVARIANT
                : base.endsWith("covariant") ? Docblock.Variance.COVARIANT : Docblock.Variance.INVARIANT;
        duplicate(templates.offer(name, rank, new Docblock.Template(name, bound, dflt, v, line)), line,
                "template " + name + " is declared twice");
    }

    /**
     * {@code @method [static] [T] name(params)}, read as PHPStan does: after {@code static},
     * a lone name before {@code (} is the method, returning static.
     */
    private Docblock.Method method(Cursor c, int line) {
        boolean isStatic = c.word("static");
        Type returnType = null;
        String name;
        if (c.nameBeforeParen()) {
            name = c.identifier("a method name");
            if (isStatic) {
                returnType = new Type.StaticType(null);
                isStatic = false;
            }
        } else {
            returnType = c.type("a return type");
            name = c.identifier("a method name");
        }
        if (c.peek() == '<') {
            c.skipBalanced('<', '>');
        }
        List<MethodParam> ps = new ArrayList<>();
        c.expect('(');
        while (!c.consume(")")) {
            Type t = c.atVariable() || c.peek() == '&' || c.peek() == '.' ? null : c.type("a parameter type");
            boolean byRef = c.consume("&");
            boolean variadic = c.consume("...");
            String pname = c.variable();
            boolean optional = variadic;
            if (c.consume("=")) {
                c.skipDefault();
                optional = true;
            }
            ps.add(new MethodParam(pname, t, optional, variadic, byRef));
            if (!c.consume(",") && c.peek() != ')') {
                throw new Unreadable("expected ',' or ')' in the parameters of " + name + "()");
            }
        }
        return new Docblock.Method(name, isStatic, returnType, ps, c.rest(), line);
    }

    private void duplicate(boolean fine, Docblock.Tag tag, String message) {
        duplicate(fine, tag.line(), message);
    }

    private void duplicate(boolean fine, int line, String message) {
        if (!fine) {
            problems.add(new Docblock.Problem(line, message));
        }
    }

    /** A read position in one tag's text. */
    private static final class Cursor {
        final String s;
        final java.util.Map<String, Type> templates;
        int pos;

        Cursor(String s, java.util.Map<String, Type> templates) {
            this.s = s;
            this.templates = templates;
        }

        Type type(String what) {
            skipWs();
            if (pos >= s.length()) {
                throw new Unreadable("expected " + what);
            }
            TypeParser.Result r = TypeParser.parsePrefix(s, pos, templates);
            if (!r.ok()) {
                throw new Unreadable("invalid type: " + r.error().replaceFirst(" at \\d+$", ""));
            }
            pos = r.end();
            return r.type();
        }

        boolean atVariable() {
            skipWs();
            return peek() == '$';
        }

        String variable() {
            skipWs();
            Matcher m = VARIABLE.matcher(s).region(pos, s.length());
            if (!m.lookingAt()) {
                throw new Unreadable("expected a $variable" + (pos < s.length() ? " at '" + snippet() + "'" : ""));
            }
            pos = m.end();
            return m.group().substring(1);
        }

        String identifier(String what) {
            skipWs();
            Matcher m = IDENTIFIER.matcher(s).region(pos, s.length());
            if (!m.lookingAt()) {
                throw new Unreadable("expected " + what);
            }
            pos = m.end();
            return m.group();
        }

        /** A name touching {@code (}, where a type would not be (callable is one); {@code int (} is a type and a gap. */
        boolean nameBeforeParen() {
            skipWs();
            Matcher m = NAME_AND_PAREN.matcher(s).region(pos, s.length());
            if (!m.lookingAt()) {
                return false;
            }
            String n = m.group(1).toLowerCase(Locale.ROOT);
            return !n.equals("callable") && !n.equals("closure") && !n.equals("static") && !n.equals("pure-callable");
        }

        boolean word(String w) {
            skipWs();
            if (s.regionMatches(true, pos, w, 0, w.length())
                    && (pos + w.length() == s.length() || Character.isWhitespace(s.charAt(pos + w.length())))) {
                pos += w.length();
                return true;
            }
            return false;
        }

        boolean consume(String token) {
            skipWs();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        void expect(char ch) {
            if (!consume(String.valueOf(ch))) {
                throw new Unreadable("expected '" + ch + "'" + (pos < s.length() ? " at '" + snippet() + "'" : ""));
            }
        }

        /** A default value: up to the next ',' or ')' outside brackets and quotes. */
        void skipDefault() {
            int depth = 0;
            while (pos < s.length()) {
                char ch = s.charAt(pos);
                if (ch == '\'' || ch == '"') {
                    int end = s.indexOf(ch, pos + 1);
                    pos = end < 0 ? s.length() : end + 1;
                    continue;
                }
                if (depth == 0 && (ch == ',' || ch == ')')) {
                    return;
                }
                depth += ch == '(' || ch == '[' || ch == '{' ? 1 : ch == ')' || ch == ']' || ch == '}' ? -1 : 0;
                pos++;
            }
        }

        void skipBalanced(char open, char close) {
            int depth = 0;
            do {
                char ch = s.charAt(pos++);
                depth += ch == open ? 1 : ch == close ? -1 : 0;
            } while (depth > 0 && pos < s.length());
        }

        char peek() {
            skipWs();
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        String rest() {
            return pos >= s.length() ? "" : s.substring(pos).strip();
        }

        private String snippet() {
            return s.substring(pos, Math.min(s.length(), pos + 20));
        }

        void skipWs() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
