package argus.parse;

import argus.ast.ParseResult;
import argus.ast.SyntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import argus.ast.AstDump;
import argus.ast.AstPrinter;
import argus.source.SourceFile;
import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Laws of the parser: it is total (any bytes give an AST and a list of errors, never an
 * exception), and printing an AST then parsing the text gives the same AST.
 */
class ParserProperties {
    private static final List<String> TOKENS = List.of(
            "<?php ", "?>", "<?= ", "$a", "$b", "$$c", "${", "(", ")", "[", "]", "{", "}", ";", ",", "=", "=>",
            "->", "?->", "::", "...", "&", "|", "?", ":", "+", ".", "**", "!", "@", "(int)", "if", "else", "elseif",
            "endif", "while", "foreach", "as", "function", "fn", "class", "enum Foo", "new", "clone", "match", "yield",
            "static", "public", "readonly", "return", "echo", "\"", "'", "`", "\"x $a y\"", "\"{$a[1]}\"", "'str'",
            "<<<EOT\n", "\nEOT;\n", "<<<'N'\nraw\nN;\n", "#[A]", "// c\n", "/* c */", "/** d */", "1", "1.5", "0x1F",
            "list(", "namespace A;", "use A\\{B, C};", "__halt_compiler();", "\n", " ", "\u00e9", "\0");

    @Property(tries = 300)
    void parserIsTotalOnArbitraryBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        assertParses(bytes);
    }

    @Property(tries = 300)
    void parserIsTotalOnCodeBytesAfterAnOpenTag(@ForAll @Size(max = 3000) byte[] bytes) {
        byte[] withTag = new byte[bytes.length + 6];
        System.arraycopy("<?php ".getBytes(StandardCharsets.ISO_8859_1), 0, withTag, 0, 6);
        System.arraycopy(bytes, 0, withTag, 6, bytes.length);
        assertParses(withTag);
    }

    @Property(tries = 500)
    void parserIsTotalOnTokenSoup(@ForAll("tokenSoup") String code) {
        assertParses(code.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(120).map(list -> "<?php " + String.join(" ", list));
    }

    /** Real files cut, shuffled and spliced: the shapes of code people are in the middle of typing. */
    @Property(tries = 200)
    void parserIsTotalOnMangledRealFiles(@ForAll("realFiles") Path file, @ForAll long seed) throws IOException {
        byte[] original = Files.readAllBytes(file);
        assertParses(mangle(original, new Random(seed)));
    }

    @Property(tries = 150)
    void printThenParseGivesTheSameAst(@ForAll("realFiles") Path file) throws IOException {
        ParseResult first = PhpParsing.parse(new SourceFile(file.toString(), Files.readAllBytes(file)));
        if (first.hasErrors()) {
            return;
        }
        String printed = AstPrinter.print(first.statements());
        ParseResult second = PhpParsing.parse(new SourceFile("printed.php", printed.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(List.of(), second.errors(), () -> "printed code of " + file + " does not parse:\n" + printed);
        assertEquals(AstDump.dump(first.statements()), AstDump.dump(second.statements()), file.toString());
    }

    @Provide
    Arbitrary<Path> realFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String kind : List.of("valid", "invalid")) {
            try (Stream<Path> s = Files.list(TestPaths.testdata("parser", kind))) {
                s.filter(p -> p.toString().endsWith(".php")).sorted().forEach(files::add);
            }
        }
        for (String codeBase : List.of("wordpress", "phpmyadmin", "mediawiki", "php-parser", "php-codesniffer")) {
            Path list = TestPaths.corpus().resolve(codeBase + ".files");
            if (Files.isRegularFile(list)) {
                List<String> lines = Files.readAllLines(list);
                Random pick = new Random(codeBase.hashCode());
                for (int i = 0; i < 40 && !lines.isEmpty(); i++) {
                    files.add(Path.of(lines.get(pick.nextInt(lines.size()))));
                }
            }
        }
        return Arbitraries.of(files);
    }

    private static byte[] mangle(byte[] data, Random random) {
        if (data.length == 0) {
            return data;
        }
        int a = random.nextInt(data.length);
        int b = a + random.nextInt(Math.min(400, data.length - a) + 1);
        switch (random.nextInt(4)) {
            case 0: // truncate
                return java.util.Arrays.copyOf(data, a);
            case 1: { // delete a range
                byte[] out = new byte[data.length - (b - a)];
                System.arraycopy(data, 0, out, 0, a);
                System.arraycopy(data, b, out, a, data.length - b);
                return out;
            }
            case 2: { // duplicate a range
                byte[] out = new byte[data.length + (b - a)];
                System.arraycopy(data, 0, out, 0, b);
                System.arraycopy(data, a, out, b, data.length - a);
                return out;
            }
            default: { // insert a token
                byte[] token = TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.ISO_8859_1);
                byte[] out = new byte[data.length + token.length];
                System.arraycopy(data, 0, out, 0, a);
                System.arraycopy(token, 0, out, a, token.length);
                System.arraycopy(data, a, out, a + token.length, data.length - a);
                return out;
            }
        }
    }

    private static void assertParses(byte[] bytes) {
        ParseResult result = PhpParsing.parse(new SourceFile("fuzz.php", bytes));
        assertNotNull(result.statements());
        assertNotNull(AstDump.dump(result.statements()));
        for (SyntaxError e : result.errors()) {
            if (e.span().start() < 0 || e.span().end() > bytes.length || e.span().line() < 1) {
                throw new AssertionError("error outside the file: " + e);
            }
        }
    }
}
