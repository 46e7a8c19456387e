package argus.rules.deadcode;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Name;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.Comment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A `use` import that nothing in its namespace block refers to: no code name, no attribute, and
 * no word of a comment (docblock types such as `@param Foo`, `@throws`, `@see`, `{@link}`, and
 * the `@var` comments some write as plain comments).
 */
@RuleInfo(id = "UnusedUse", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "An import that is never used", aliases = {"UnusedUse"})
public final class UnusedUse implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        List<Stmt> top = file.statements();
        boolean namespaced = top.stream().anyMatch(s -> s instanceof Stmt.Namespace);
        if (!namespaced) {
            block(top, 0, Integer.MAX_VALUE, file, scope, out);
            return;
        }
        long blocks = top.stream().filter(s -> s instanceof Stmt.Namespace).count();
        for (Stmt s : top) {
            if (s instanceof Stmt.Namespace ns) {
                // With one namespace every comment of the file is its own, wherever the span ends.
                block(ns.body(), blocks == 1 ? 0 : ns.span().start(), blocks == 1 ? Integer.MAX_VALUE : ns.span().end(),
                        file, scope, out);
            }
        }
    }

    private static void block(List<Stmt> body, int start, int end, ParseResult file, Scope scope, FindingSink out) {
        List<Part.UseItem> imports = new ArrayList<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.Use u) {
                imports.addAll(u.items());
            }
        }
        if (imports.isEmpty()) {
            return;
        }
        References refs = new References();
        refs.scan(body);
        for (Comment c : file.comments()) {
            if (c.span().start() < start || c.span().start() >= end) {
                continue;
            }
            // Docblocks and `/* @var */` comments hold types; a `//` comment is prose unless it is
            // an annotation (`// @var Foo $x`).
            String text = c.text(scope.source());
            if (c.kind() != Comment.Kind.LINE || text.indexOf('@') >= 0) {
                refs.words(text);
            }
        }
        for (Part.UseItem item : imports) {
            String alias = item.alias() != null ? item.alias().name() : item.name().last();
            boolean used = switch (item.kind()) {
                case FUNCTION -> refs.functions.contains(alias.toLowerCase(Locale.ROOT));
                case CONST -> refs.constants.contains(alias);
                default -> refs.classes.contains(alias.toLowerCase(Locale.ROOT));
            };
            if (!used) {
                out.report(item, "Import " + item.name().text() + (item.alias() != null ? " as " + alias : "")
                        + " is never used");
            }
        }
    }

    /** The first segments of the names a block writes, by the kind of import that would resolve them. */
    private static final class References extends AstScanner {
        final Set<String> classes = new HashSet<>();
        final Set<String> functions = new HashSet<>();
        final Set<String> constants = new HashSet<>();

        /** A qualified name `A\b` resolves its first segment through the class imports, whatever it names. */
        private boolean qualified(Name n) {
            if (n.kind() == Name.Kind.QUALIFIED) {
                classes.add(n.text().substring(0, n.text().indexOf('\\')).toLowerCase(Locale.ROOT));
                return true;
            }
            return n.kind() != Name.Kind.UNQUALIFIED;
        }

        @Override
        public Void visitName(Name n) {
            if (!qualified(n)) {
                classes.add(n.text().toLowerCase(Locale.ROOT));
            }
            return null;
        }

        @Override
        public Void visitFuncCall(Expr.FuncCall n) {
            if (n.callee() instanceof Name name) {
                if (!qualified(name)) {
                    functions.add(name.text().toLowerCase(Locale.ROOT));
                }
                scan(n.args());
                return null;
            }
            return super.visitFuncCall(n);
        }

        @Override
        public Void visitConstFetch(Expr.ConstFetch n) {
            if (!qualified(n.name())) {
                constants.add(n.name().text());
            }
            return null;
        }

        @Override
        public Void visitUse(Stmt.Use n) {
            return null;
        }

        /** `'@phan-var Foo $x';` is an annotation Phan reads, names resolved through the imports. */
        @Override
        public Void visitStringLit(Expr.StringLit s) {
            if (s.value().strip().startsWith("@")) {
                words(s.value());
            }
            return null;
        }

        /** Every name-like word of a comment; `Foo\Bar` counts for `Foo`. */
        void words(String text) {
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetter(c) || c == '_' || c >= 0x80) {
                    int j = i;
                    while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) >= 0x80)) {
                        j++;
                    }
                    boolean afterSeparator = i > 0 && (text.charAt(i - 1) == '\\' || text.charAt(i - 1) == '$');
                    if (!afterSeparator) {
                        String word = text.substring(i, j);
                        classes.add(word.toLowerCase(Locale.ROOT));
                        functions.add(word.toLowerCase(Locale.ROOT));
                        constants.add(word);
                    }
                    i = j;
                } else {
                    i++;
                }
            }
        }
    }
}
