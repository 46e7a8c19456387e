package argus.driver;

import argus.ast.AstScanner;
import argus.ast.Member;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.driver.FileSuppressions.Directive;
import argus.driver.FileSuppressions.Spelling;
import argus.driver.FileSuppressions.Target;
import argus.ast.ParseResult;
import argus.rules.Rule;
import argus.source.Comment;
import argus.source.LineMap;
import argus.source.SourceFile;
import argus.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file's suppression comments (docs/config.md, "Suppressing findings in the code"):
 * <ul>
 *   <li>{@code @argus-ignore A, B} in any comment, {@code @phpstan-ignore id, id} and a
 *       {@code @psalm-suppress} or {@code @argus-suppress} that belongs to no declaration: the
 *       comment's own lines, and when nothing but whitespace precedes the comment on its line, the
 *       next line holding code (blank lines and further comments between are skipped);</li>
 *   <li>{@code @argus-suppress A} and {@code @psalm-suppress A} in the docblock of a function,
 *       method, class, property, constant or enum case: that whole declaration;</li>
 *   <li>{@code @phpstan-ignore-line} (its own line) and {@code @phpstan-ignore-next-line}: every rule.</li>
 * </ul>
 * Psalm and PHPStan names are mapped through the rules' aliases ({@link SuppressionNames}); Psalm's
 * {@code all} is every rule; a name argus does not know is inert.
 */
public final class Suppressions {
    private static final String[] KEYWORDS = {"argus-ignore", "argus-suppress", "psalm-suppress",
            "phpstan-ignore-next-line", "phpstan-ignore-line", "phpstan-ignore"};
    private static final Spelling[] SPELLINGS = {Spelling.ARGUS_IGNORE, Spelling.ARGUS_SUPPRESS,
            Spelling.PSALM_SUPPRESS, Spelling.PHPSTAN_IGNORE_NEXT_LINE, Spelling.PHPSTAN_IGNORE_LINE,
            Spelling.PHPSTAN_IGNORE};

    /** A directive as found in the bytes: its keyword and names as offsets. */
    private record Raw(Spelling spelling, int comment, int start, int end, List<int[]> names) {
    }

    private Suppressions() {
    }

    public static FileSuppressions of(ParseResult parsed) {
        return of(parsed, SuppressionNames.registered());
    }

    /** With another rule list, whose aliases then count: for tests of rules not registered yet. */
    public static FileSuppressions of(ParseResult parsed, List<? extends Rule> rules) {
        return of(parsed, new SuppressionNames(rules));
    }

    private static FileSuppressions of(ParseResult parsed, SuppressionNames names) {
        List<Comment> comments = parsed.comments();
        byte[] bytes = parsed.source().bytes();
        List<Raw> found = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            find(bytes, comments.get(i).span(), i, found);
        }
        if (found.isEmpty()) {
            return FileSuppressions.NONE;
        }
        Text text = new Text(parsed.source(), comments);
        Set<Integer> docs = new HashSet<>();
        for (Raw r : found) {
            if (declarationScoped(r.spelling) && comments.get(r.comment).kind() == Comment.Kind.DOC) {
                docs.add(r.comment);
            }
        }
        Map<Integer, Integer> declarationEnds = docs.isEmpty() ? Map.of() : declarationEnds(parsed, text, docs);
        List<Directive> directives = new ArrayList<>();
        for (Raw r : found) {
            Integer declarationEnd = declarationScoped(r.spelling) ? declarationEnds.get(r.comment) : null;
            directives.add(directive(r, comments.get(r.comment), text, declarationEnd, names));
        }
        return new FileSuppressions(parsed.source().path(), directives);
    }

    private static boolean declarationScoped(Spelling s) {
        return s == Spelling.ARGUS_SUPPRESS || s == Spelling.PSALM_SUPPRESS;
    }

    /** Every directive keyword in the comment at {@code span}, read from the bytes so that plain comments cost no String. */
    private static void find(byte[] b, Span span, int comment, List<Raw> out) {
        int end = span.end();
        for (int at = indexOf(b, (byte) '@', span.start(), end); at >= 0; at = indexOf(b, (byte) '@', at + 1, end)) {
            // "user@argus-ignore" is an address, not a directive.
            if (at > span.start() && isNameByte(b[at - 1])) {
                continue;
            }
            for (int k = 0; k < KEYWORDS.length; k++) {
                int after = matchKeyword(b, at + 1, end, KEYWORDS[k]);
                if (after >= 0) {
                    out.add(new Raw(SPELLINGS[k], comment, at, after, names(b, after, end)));
                    break;
                }
            }
        }
    }

    private static int matchKeyword(byte[] b, int from, int end, String keyword) {
        int n = keyword.length();
        if (from + n > end) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (b[from + i] != keyword.charAt(i)) {
                return -1;
            }
        }
        int after = from + n;
        // "@phpstan-ignore-line" is not "@phpstan-ignore" followed by a name; "@argus-ignored" is prose.
        return after < end && (isNameByte(b[after]) || b[after] == '-') ? -1 : after;
    }

    /** "A, B.c, D" after a keyword, on the same line; stops at anything else (a reason, the comment's end). */
    private static List<int[]> names(byte[] b, int from, int end) {
        List<int[]> out = new ArrayList<>();
        int p = skipBlanks(b, from, end);
        while (p < end && isNameByte(b[p])) {
            int q = p;
            while (q < end && (isNameByte(b[q]) || b[q] == '.' || b[q] == '-')) {
                q++;
            }
            while (b[q - 1] == '.' || b[q - 1] == '-') {
                q--;
            }
            out.add(new int[] {p, q});
            int r = skipBlanks(b, q, end);
            if (r >= end || b[r] != ',') {
                break;
            }
            p = skipBlanks(b, r + 1, end);
        }
        return out;
    }

    private static Directive directive(Raw r, Comment c, Text text, Integer declarationEnd, SuppressionNames names) {
        int from = c.span().line();
        int to = c.span().endLine();
        int next = text.codeBefore(c.span().start()) ? -1 : text.nextCodeLine(c.span().end());
        switch (r.spelling) {
            case PHPSTAN_IGNORE_LINE -> next = -1;
            case PHPSTAN_IGNORE_NEXT_LINE -> {
                // The next line, as PHPStan reads it, even when code follows the comment on its own line.
                next = text.nextCodeLineAfter(c.span().endLine());
                from = -1;
                to = -1;
            }
            default -> {
                if (declarationEnd != null) {
                    to = Math.max(to, declarationEnd);
                    next = -1;
                }
            }
        }
        boolean all = r.spelling == Spelling.PHPSTAN_IGNORE_LINE || r.spelling == Spelling.PHPSTAN_IGNORE_NEXT_LINE;
        List<Target> targets = new ArrayList<>();
        if (!all) {
            for (int[] n : r.names) {
                String name = text.ascii(n[0], n[1]);
                Span span = text.span(n[0], n[1]);
                if (r.spelling.argus) {
                    String id = names.argusId(name);
                    targets.add(new Target(name, span, id == null ? Set.of() : Set.of(id),
                            id == null ? names.hint(name) : null));
                } else if (r.spelling == Spelling.PSALM_SUPPRESS && name.equalsIgnoreCase("all")) {
                    all = true;
                } else {
                    targets.add(new Target(name, span, names.foreignIds(name), null));
                }
            }
        }
        return new Directive(r.spelling, text.span(r.start, r.end), from, to, next, all, targets);
    }

    /** For each wanted docblock (by comment index), the last line of the declaration it documents. */
    private static Map<Integer, Integer> declarationEnds(ParseResult parsed, Text text, Set<Integer> wanted) {
        Map<Integer, Integer> out = new HashMap<>();
        new AstScanner() {
            private void declaration(Span span, String doc, List<Part.AttributeGroup> attributes) {
                if (doc == null) {
                    return;
                }
                int c = text.docBefore(span.start(), doc);
                if (c < 0 && !attributes.isEmpty()) {
                    // "#[Attr] /** doc */ function f()": the docblock follows the attributes.
                    c = text.docBefore(text.nextCode(attributes.get(attributes.size() - 1).span().end()), doc);
                }
                if (c >= 0 && wanted.contains(c)) {
                    out.merge(c, span.endLine(), Math::max);
                }
            }

            @Override public Void visitFunctionDecl(Stmt.FunctionDecl n) {
                declaration(n.span(), n.docComment(), n.attributes());
                return super.visitFunctionDecl(n);
            }

            @Override public Void visitClassLike(Stmt.ClassLike n) {
                declaration(n.span(), n.docComment(), n.attributes());
                return super.visitClassLike(n);
            }

            @Override public Void visitConst(Stmt.Const n) {
                declaration(n.span(), n.docComment(), List.of());
                return super.visitConst(n);
            }

            @Override public Void visitMethod(Member.Method n) {
                declaration(n.span(), n.docComment(), n.attributes());
                return super.visitMethod(n);
            }

            @Override public Void visitProperty(Member.Property n) {
                declaration(n.span(), n.docComment(), n.attributes());
                return super.visitProperty(n);
            }

            @Override public Void visitClassConst(Member.ClassConst n) {
                declaration(n.span(), n.docComment(), n.attributes());
                return super.visitClassConst(n);
            }

            @Override public Void visitEnumCase(Member.EnumCase n) {
                declaration(n.span(), n.docComment(), n.attributes());
                return super.visitEnumCase(n);
            }
        }.scan(parsed.statements());
        return out;
    }

    static boolean isNameByte(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static int skipBlanks(byte[] b, int p, int end) {
        while (p < end && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
        return p;
    }

    private static int indexOf(byte[] b, byte c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Positions in a file with comments: which offsets are code, and spans of directive parts. */
    private static final class Text {
        private final SourceFile source;
        private final byte[] b;
        private final List<Comment> comments;
        private final LineMap lines;

        Text(SourceFile source, List<Comment> comments) {
            this.source = source;
            this.b = source.bytes();
            this.comments = comments;
            this.lines = source.lines();
        }

        String ascii(int start, int end) {
            return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        }

        Span span(int start, int end) {
            int line = lines.lineOf(start);
            int endLine = lines.lineOf(end);
            return new Span(start, end, line, start - lines.lineStart(line) + 1, endLine,
                    end - lines.lineStart(endLine) + 1);
        }

        /** Whether code (not whitespace, not another comment) precedes {@code offset} on its line. */
        boolean codeBefore(int offset) {
            int lineStart = lines.lineStart(lines.lineOf(offset));
            for (int p = offset - 1; p >= lineStart; p--) {
                if (isSpace(b[p])) {
                    continue;
                }
                int c = commentAt(p);
                if (c < 0) {
                    return true;
                }
                p = comments.get(c).span().start();
            }
            return false;
        }

        /** The offset of the first code at or after {@code offset}, skipping whitespace and comments; -1 at the end. */
        int nextCode(int offset) {
            int p = offset;
            while (p < b.length) {
                if (isSpace(b[p])) {
                    p++;
                    continue;
                }
                int c = commentAt(p);
                if (c < 0) {
                    return p;
                }
                p = Math.max(p + 1, comments.get(c).span().end());
            }
            return -1;
        }

        int nextCodeLineAfter(int line) {
            return line >= lines.lineCount() ? -1 : nextCodeLine(lines.lineStart(line + 1));
        }

        int nextCodeLine(int offset) {
            int p = nextCode(offset);
            return p < 0 ? -1 : lines.lineOf(p);
        }

        /** The index of the docblock with text {@code doc} that ends last before {@code limit}, or -1. */
        int docBefore(int limit, String doc) {
            if (limit < 0) {
                return -1;
            }
            for (int i = lastStartingBefore(limit); i >= 0; i--) {
                Comment c = comments.get(i);
                if (c.span().end() > limit || c.kind() != Comment.Kind.DOC) {
                    continue;
                }
                boolean same = c.span().length() == doc.length() && source.text(c.span().start(), c.span().end()).equals(doc);
                return same ? i : -1;
            }
            return -1;
        }

        /** The comment containing {@code offset}, or -1. */
        private int commentAt(int offset) {
            int i = lastStartingBefore(offset + 1);
            return i >= 0 && comments.get(i).span().end() > offset ? i : -1;
        }

        /** The last comment starting before {@code offset} (comments are in file order), or -1. */
        private int lastStartingBefore(int offset) {
            int lo = 0;
            int hi = comments.size() - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (comments.get(mid).span().start() < offset) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }

        private static boolean isSpace(byte c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
        }
    }
}
