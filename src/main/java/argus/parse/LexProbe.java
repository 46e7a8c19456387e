package argus.parse;

import argus.parse.antlr.PhpLexer;
import java.nio.file.*;
import java.util.*;
import org.antlr.v4.runtime.*;

public final class LexProbe {
    public static void main(String[] args) throws Exception {
        List<String> files = new ArrayList<>();
        for (String a : args) files.addAll(Files.readAllLines(Path.of(a)));
        List<byte[]> datas = new ArrayList<>();
        long bytes = 0;
        for (String f : files) { byte[] d = Files.readAllBytes(Path.of(f)); datas.add(d); bytes += d.length; }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime(); long ntok = 0;
            for (byte[] d : datas) {
                PhpLexer lexer = new PhpLexer(new PhpCharStream(d, "x"));
                lexer.removeErrorListeners();
                for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) ntok++;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("lex round %d: %.2fs %.1f MB/s %d tokens%n", round, secs, bytes / 1e6 / secs, ntok);
        }
    }
}
