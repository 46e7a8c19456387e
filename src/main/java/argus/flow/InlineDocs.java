package argus.flow;

import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.source.Comment;
import argus.types.Docblock;
import java.util.ArrayList;
import java.util.List;

/**
 * The `/** @var Foo $x *&#47;` docblocks written just before statements: found by offset
 * among the file's comments (only whitespace may separate the two), read once each.
 */
final class InlineDocs {
    static final InlineDocs NONE = new InlineDocs(null, List.of());

    private final ParseResult file;
    private final int[] starts;
    private final int[] ends;
    private final Docblock[] read;

    private InlineDocs(ParseResult file, List<Comment> docs) {
        this.file = file;
        this.starts = new int[docs.size()];
        this.ends = new int[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            starts[i] = docs.get(i).span().start();
            ends[i] = docs.get(i).span().end();
        }
        this.read = new Docblock[docs.size()];
    }

    static InlineDocs of(ParseResult file) {
        List<Comment> docs = new ArrayList<>();
        for (Comment c : file.comments()) {
            if (c.kind() == Comment.Kind.DOC) {
                docs.add(c);
            }
        }
        return docs.isEmpty() ? NONE : new InlineDocs(file, docs);
    }

    /** The `@var` tags of the docblock right before {@code s}; null when there are none. */
    Docblock varsBefore(Stmt s) {
        if (starts.length == 0 || s instanceof Stmt.FunctionDecl || s instanceof Stmt.ClassLike) {
            return null;
        }
        int at = s.span().start();
        int lo = 0;
        int hi = ends.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || !blank(ends[found], at)) {
            return null;
        }
        Docblock d = read[found];
        if (d == null) {
            String text = file.source().text(starts[found], ends[found]);
            d = text.contains("var") ? Docblock.parse(text) : Docblock.EMPTY;
            read[found] = d;
        }
        return d.vars().isEmpty() ? null : d;
    }

    private boolean blank(int from, int to) {
        byte[] bytes = file.source().bytes();
        for (int i = from; i < to && i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
