package argus.ast;


import argus.source.Comment;
import argus.source.SourceFile;
import java.util.List;

/**
 * The parse of one file: its statements (complete even after syntax errors, with
 * {@code Expr.Error} where the parser recovered), the errors, and every comment in order.
 * {@code usedFullLL} tells that the fast SLL pass failed and the file was parsed again
 * with full LL prediction; on valid code that should never happen (a corpus test checks).
 */
public record ParseResult(SourceFile source, List<Stmt> statements, List<SyntaxError> errors,
                          List<Comment> comments, boolean usedFullLL) {
    public ParseResult {
        statements = List.copyOf(statements);
        errors = List.copyOf(errors);
        comments = List.copyOf(comments);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
