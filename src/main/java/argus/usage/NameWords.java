package argus.usage;

import argus.ast.Expr;
import argus.ast.Name;
import argus.index.NameContext;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written outside code: in string literals (callables named by string, class names for
 * factories and autoloaders) and in docblocks (types of values whose creation argus cannot see).
 */
final class NameWords {
    private static final String WORD = "[A-Za-z_\\x80-\\xff][A-Za-z0-9_\\x80-\\xff]*";
    private static final Pattern NAME = Pattern.compile(WORD + "(?:\\\\" + WORD + ")*");
    private static final Pattern DOC_NAME = Pattern.compile("\\\\?" + WORD + "(?:\\\\" + WORD + ")*");
    private static final Pattern PREFIX = Pattern.compile(WORD + "(?:\\\\(?:" + WORD + ")?)*");
    private static final Set<String> TYPE_KEYWORDS = Set.of("int", "float", "string", "bool", "array", "callable",
            "iterable", "object", "mixed", "void", "null", "never", "false", "true", "self", "static", "parent");

    private NameWords() {
    }

    static boolean isName(String s) {
        return NAME.matcher(s).matches();
    }

    static boolean isTypeKeyword(String lower) {
        return TYPE_KEYWORDS.contains(lower);
    }

    /**
     * A string literal that spells a name: {@code 'my_func'}, {@code 'App\Foo'}, {@code '\App\Foo'},
     * {@code 'Foo::bar'} (a static callable: the class, and bar on that class). Other strings are text.
     */
    static void string(String value, References.Builder refs) {
        String v = value.startsWith("\\") ? value.substring(1) : value;
        int sep = v.indexOf("::");
        if (sep < 0) {
            if (isName(v)) {
                refs.strings.add(v);
            }
            return;
        }
        String cls = v.substring(0, sep);
        String member = v.substring(sep + 2);
        if (cls.startsWith("\\")) {
            cls = cls.substring(1);
        }
        if (isName(cls) && (isName(member) && member.indexOf('\\') < 0)) {
            refs.strings.add(cls);
            refs.strings.add(member);
            refs.method(member.toLowerCase(Locale.ROOT), cls.toLowerCase(Locale.ROOT));
        }
    }

    /** How a name written in a string compares: without a leading backslash, lower case. */
    static String key(String written) {
        return (written.startsWith("\\") ? written.substring(1) : written).toLowerCase(Locale.ROOT);
    }

    /**
     * Class names built by a naming scheme: {@code "WP_Filesystem_$method"},
     * {@code 'Text_Diff_Engine_' . $engine}, {@code sprintf('Requests_Exception_HTTP_%d', $code)}.
     * A literal start ending in {@code _} or {@code \} is taken for the prefix of the classes the
     * code may instantiate by name; shorter prefixes than four characters ({@code 'WP_'}) are too
     * common in text to mean anything.
     */
    static void classPrefix(Expr e, References.Builder refs) {
        String prefix = literalPrefix(e);
        if (prefix == null && e instanceof Expr.StringLit s) {
            int percent = s.value().indexOf('%');
            prefix = percent > 0 && PREFIX.matcher(s.value().substring(0, percent)).matches()
                    ? s.value().substring(0, percent) : null;
        }
        if (prefix != null && prefix.length() >= 4 && (prefix.endsWith("_") || prefix.endsWith("\\"))) {
            refs.classPrefixes.add(prefix.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The literal start of a built name ({@code 'get_' . $field}, {@code "on{$event}"}), when it
     * looks like the start of an identifier; null otherwise.
     */
    static String literalPrefix(Expr e) {
        Expr first = e;
        while (first instanceof Expr.Binary b && b.op() == Expr.BinaryOp.CONCAT) {
            first = b.left();
        }
        String text = null;
        if (first != e && first instanceof Expr.StringLit s) {
            text = s.value();
        } else if (e instanceof Expr.Interpolated i && !i.parts().isEmpty() && i.parts().get(0) instanceof Expr.StringLit s) {
            text = s.value();
        }
        return text != null && PREFIX.matcher(text).matches() ? text : null;
    }

    /**
     * Every word of a docblock that could be a class name, lower case, both as written and as
     * resolved where the docblock is: prose words come along, which only makes more classes
     * count as used. Variables ({@code $x}) and tags ({@code @param}) are skipped.
     */
    static void docblock(String text, NameContext names, Set<String> out) {
        Matcher m = DOC_NAME.matcher(text);
        while (m.find()) {
            int start = m.start();
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            if (before == '$' || before == '@' || before == '-' || Character.isLetterOrDigit(before)) {
                continue;
            }
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (TYPE_KEYWORDS.contains(lower)) {
                continue;
            }
            Name name = Name.parse(argus.source.Span.NONE, word);
            out.add(names.resolveClass(name).toLowerCase(Locale.ROOT));
            out.add(name.text().toLowerCase(Locale.ROOT));
        }
    }
}
