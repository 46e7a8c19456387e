package argus.index;

import argus.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The name contexts of one file by position: one per namespace block, the global one elsewhere.
 * PHP applies a `use` from where it is written on; placing imports below code that needs them
 * is rare enough that the whole block shares one context, as the scanner reads it.
 */
public final class FileNames {
    private record Region(int start, int end, NameContext names) {
    }

    private final List<Region> regions = new ArrayList<>();
    private final NameContext outside;

    private FileNames(NameContext outside) {
        this.outside = outside;
    }

    public static FileNames of(List<Stmt> statements) {
        boolean namespaced = false;
        for (Stmt s : statements) {
            namespaced |= s instanceof Stmt.Namespace;
        }
        if (!namespaced) {
            return new FileNames(DeclarationScanner.namesOf(statements, ""));
        }
        FileNames out = new FileNames(NameContext.GLOBAL);
        for (Stmt s : statements) {
            if (s instanceof Stmt.Namespace ns) {
                String name = ns.name() == null ? "" : ns.name().text();
                out.regions.add(new Region(ns.span().start(), ns.span().end(), DeclarationScanner.namesOf(ns.body(), name)));
            }
        }
        return out;
    }

    public NameContext at(int offset) {
        for (Region r : regions) {
            if (offset >= r.start && offset < r.end) {
                return r.names;
            }
        }
        return outside;
    }
}
