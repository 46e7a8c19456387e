package argus.parse;

import argus.ast.Stmt;
import argus.parse.antlr.PhpParser;
import argus.source.SourceFile;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;

/** Turns the parse tree into the AST (work in progress). */
final class AstBuilder {
    AstBuilder(SourceFile source, CommonTokenStream tokens, SyntaxErrors errors) {
    }

    List<Stmt> file(PhpParser.FileContext tree) {
        return List.of();
    }
}
