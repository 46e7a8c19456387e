package argus.parse;

import argus.ast.ParseResult;
import argus.ast.SyntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import argus.source.SourceFile;
import argus.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real code must parse: every file of the corpus code bases without a syntax error and
 * without falling back from SLL to full LL prediction (the fallback costs seconds a file).
 */
class CorpusParseTest {
    @ParameterizedTest
    @ValueSource(strings = {"wordpress", "phpmyadmin", "mediawiki", "php-parser", "php-codesniffer"})
    void everyFileParsesWithoutErrorsOrLLFallback(String codeBase) throws Exception {
        List<Path> files = TestPaths.corpusFiles(codeBase);
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            ParseResult result = PhpParsing.parse(new SourceFile(file.toString(), Files.readAllBytes(file)));
            if (result.hasErrors()) {
                SyntaxError first = result.errors().get(0);
                problems.add(file + ":" + first.span().line() + ": " + first.message());
            } else if (result.usedFullLL()) {
                problems.add(file + ": needed the full-LL fallback");
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())),
                problems.size() + " of " + files.size() + " files failed");
    }
}
