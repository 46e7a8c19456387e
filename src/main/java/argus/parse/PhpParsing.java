package argus.parse;

import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.parse.antlr.PhpLexer;
import argus.parse.antlr.PhpParser;
import argus.source.Comment;
import argus.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The one entry point from bytes to AST. Parses in two stages: SLL prediction with a
 * bail-out strategy (fast, enough for valid code), then, only when that fails, full LL
 * prediction with error recovery, which also produces the syntax errors. Thread-safe:
 * ANTLR's prediction caches are shared and synchronised by the runtime.
 */
public final class PhpParsing {
    private PhpParsing() {
    }

    public static ParseResult parse(SourceFile source) {
        SyntaxErrors errors = new SyntaxErrors(source);
        PhpLexer lexer = new PhpLexer(new PhpCharStream(source.bytes(), source.path()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors.lexerListener());
        // One token per 5 bytes covers nearly every file.
        PhpTokenStream tokens = PhpTokenStream.lex(lexer, source.length() / 5 + 16);
        PhpParser parser = new PhpParser(tokens);
        parser.removeErrorListeners();
        parser.setBuildParseTree(true);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        PhpParser.FileContext tree;
        boolean fullLL = false;
        try {
            tree = parser.file();
        } catch (ParseCancellationException | StackOverflowError e) {
            fullLL = true;
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new PhpErrorStrategy(errors));
            tree = parser.file();
        }
        List<Comment> comments = comments(tokens, source);
        List<Stmt> statements = new AstBuilder(source, tokens, errors).file(tree);
        return new ParseResult(source, statements, errors.sorted(), comments, fullLL && !errors.any());
    }

    private static List<Comment> comments(PhpTokenStream tokens, SourceFile source) {
        List<Comment> out = new ArrayList<>();
        for (Token t : tokens.all()) {
            if (t.getChannel() == PhpLexer.COMMENTS) {
                Comment.Kind kind = switch (t.getType()) {
                    case PhpLexer.DOC_COMMENT -> Comment.Kind.DOC;
                    case PhpLexer.BLOCK_COMMENT -> Comment.Kind.BLOCK;
                    default -> Comment.Kind.LINE;
                };
                out.add(new Comment(Spans.of(source, t), kind));
            }
        }
        return out;
    }
}
