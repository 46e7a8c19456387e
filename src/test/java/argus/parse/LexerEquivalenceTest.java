package argus.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import argus.parse.antlr.PhpLexer;
import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The lexer's hand-written fast paths must produce exactly the tokens of the grammar alone:
 * same types, channels, offsets, lines and columns, on real code and on random input.
 */
class LexerEquivalenceTest {

    static List<String> tokens(byte[] code, boolean fast) {
        PhpLexer lexer = new PhpLexer(new PhpCharStream(code, "x.php"));
        lexer.removeErrorListeners();
        lexer.setFastPath(fast);
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            out.add(PhpLexer.VOCABULARY.getSymbolicName(t.getType()) + "@" + t.getChannel() + ":" + t.getStartIndex()
                    + "-" + t.getStopIndex() + ":" + t.getLine() + "." + t.getCharPositionInLine());
        }
        return out;
    }

    private static void assertSameTokens(byte[] code, String name) {
        List<String> fast = tokens(code, true);
        List<String> antlr = tokens(code, false);
        if (!fast.equals(antlr)) {
            int i = 0;
            while (i < Math.min(fast.size(), antlr.size()) && fast.get(i).equals(antlr.get(i))) {
                i++;
            }
            assertEquals(i < antlr.size() ? antlr.get(i) : "end", i < fast.size() ? fast.get(i) : "end",
                    name + ": token " + i + " differs");
        }
    }

    @Test
    void fixturesAndCorpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String kind : List.of("valid", "invalid")) {
            try (Stream<Path> s = Files.list(TestPaths.testdata("parser", kind))) {
                s.filter(p -> p.toString().endsWith(".php")).sorted().forEach(files::add);
            }
        }
        for (String codeBase : List.of("wordpress", "phpmyadmin", "mediawiki", "php-parser", "php-codesniffer")) {
            Path list = TestPaths.corpus().resolve(codeBase + ".files");
            if (Files.isRegularFile(list)) {
                Files.readAllLines(list).forEach(f -> files.add(Path.of(f)));
            }
        }
        for (Path file : files) {
            assertSameTokens(Files.readAllBytes(file), file.toString());
        }
    }

    @Property(tries = 400)
    void randomBytes(@ForAll @Size(max = 2000) byte[] bytes) {
        byte[] code = ("<?php " + new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        assertSameTokens(code, "random");
    }

    @Property(tries = 600)
    void tokenSoup(@ForAll("soup") String code) {
        assertSameTokens(code.getBytes(StandardCharsets.ISO_8859_1), code);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of("<?php ", "?>", " ", "\n", "\r\n", "\t", "$a", "$", "a", "b", "B", "_", "\u00e9", "\\",
                "'", "\"", "'x\\'y'", "'\\\\'", "//", "#", "#[", "/*", "*/", "/**", "/** ", "?", ">", "(", ")",
                "( int )", "(string)", "[", "]", "{", "}", ";", ",", "-", "->", "-->", "=", "==", "=>", ":", "::", ".",
                "private", "private(set)", "Public", "enum", "enum X", "yield", "yield from", "exit", "DIE",
                "__halt_compiler", "function", "fn", "class", "<<<EOT\n", "EOT", "1", "0x1", "b'", "b\"",
                "1_000", "1_", "1.5", ".5", "1e3", "0b1", "0o7", "07", "9", "...", ".=", "!", "!=", "!==", "<", "<=",
                "<=>", "<<", "<<=", "<>", ">>=", ">=", "&&", "&", "&=", "|", "||", "|>", "|=", "+", "++", "+=", "*",
                "**", "**=", "*=", "/", "/=", "%", "%=", "^", "^=", "~", "@", "??", "??=", "?->", "?-", "\"a$b\"",
                "\"{$a}\"", "\"$\"", "\"\\$a\"", "\"$$\"", "\"$1\"", "\"$\\", "${", "(array)", "( integer\t)",
                "(integerx)", "(unset )", "( Void)", "(int", "=", "===", "Foo\\Bar", "\\Foo", "Foo\\", "\\", "namespace\\",
                "\\{", "\\1")
                .list().ofMaxSize(80).map(parts -> String.join("", parts));
    }
}
