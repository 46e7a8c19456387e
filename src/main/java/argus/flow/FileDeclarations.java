package argus.flow;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declarations of a file that the flow needs: the functions and classes it analyses as
 * units, and every function and method by start offset, for inferring what one returns. Found
 * in one walk of the file and kept for the files met lately: a walk of a whole file costs about
 * as much as analysing a tenth of it (the AST is far bigger than the caches, and each node
 * visited is a miss), and the same file is asked about by its own analysis, its declared-only
 * view and the return inference of callers in other files.
 */
final class FileDeclarations {
    /** Named functions and classes in source order, except in anonymous classes (analysed where created). */
    private final List<Stmt.FunctionDecl> functions = new ArrayList<>();
    private final List<Stmt.ClassLike> classes = new ArrayList<>();
    /** Functions and methods anywhere, by the start offset their symbols record. */
    private final Map<Integer, Node> byStart = new HashMap<>();

    private FileDeclarations() {
    }

    /** The named functions declared within [start, end) of the file, in source order. */
    List<Stmt.FunctionDecl> functions(int start, int end) {
        return within(functions, start, end);
    }

    /** The named classes, interfaces, traits and enums declared within [start, end), in source order. */
    List<Stmt.ClassLike> classes(int start, int end) {
        return within(classes, start, end);
    }

    /** The function or method declared at this offset, or null. */
    Node at(int start) {
        return byStart.get(start);
    }

    private static <T extends Node> List<T> within(List<T> all, int start, int end) {
        List<T> out = new ArrayList<>();
        for (T n : all) {
            if (n.span().start() >= start && n.span().end() <= end) {
                out.add(n);
            }
        }
        return out;
    }

    static FileDeclarations of(ParseResult file) {
        synchronized (RECENT) {
            FileDeclarations known = RECENT.get(new IdentityKey(file));
            if (known != null) {
                return known;
            }
        }
        FileDeclarations d = new FileDeclarations();
        d.walk(file.statements());
        synchronized (RECENT) {
            RECENT.put(new IdentityKey(file), d);
        }
        return d;
    }

    private void walk(List<Stmt> statements) {
        AstScanner scanner = new AstScanner() {
            private int anonymous;
            /** Inside a namespace that is not at the top level: only a broken file has one, and units skip it. */
            private int nestedNamespace;

            @Override
            public Void visitFunctionDecl(Stmt.FunctionDecl n) {
                if (anonymous == 0 && nestedNamespace == 0) {
                    functions.add(n);
                }
                byStart.put(n.span().start(), n);
                return super.visitFunctionDecl(n);
            }

            @Override
            public Void visitClassLike(Stmt.ClassLike n) {
                if (anonymous == 0 && nestedNamespace == 0 && n.name() != null) {
                    classes.add(n);
                }
                return super.visitClassLike(n);
            }

            @Override
            public Void visitMethod(Member.Method n) {
                byStart.put(n.span().start(), n);
                return super.visitMethod(n);
            }

            @Override
            public Void visitNamespace(Stmt.Namespace n) {
                nestedNamespace++;
                super.visitNamespace(n);
                nestedNamespace--;
                return null;
            }

            @Override
            public Void visitNewAnonymousClass(Expr.NewAnonymousClass n) {
                scan(n.args());
                anonymous++;
                scan(n.declaration());
                anonymous--;
                return null;
            }
        };
        for (Stmt s : statements) {
            if (s instanceof Stmt.Namespace ns) {
                scanner.scan(ns.name());
                scanner.scan(ns.body());
            } else {
                scanner.scan(s);
            }
        }
    }

    /** By the identity of the parse (records hash deeply); a few dozen files, as inference visits files in bursts. */
    private static final Map<IdentityKey, FileDeclarations> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IdentityKey, FileDeclarations> eldest) {
            return size() > 64;
        }
    };
}
