package argus.parse;

import argus.parse.antlr.PhpLexer;
import argus.parse.antlr.PhpParser;
import java.nio.file.*;
import java.util.*;
import org.antlr.v4.runtime.*;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Temporary grammar probe: parse files listed in the given list files, report errors. */
public final class ParseProbe {
    public static void main(String[] args) throws Exception {
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.endsWith(".files")) files.addAll(Files.readAllLines(Path.of(a)));
            else files.add(a);
        }
        long t0 = System.nanoTime();
        long bytes = 0; int errFiles = 0, ll = 0; long slowest = 0; String slowestFile = null;
        for (String f : files) {
            byte[] data = Files.readAllBytes(Path.of(f));
            bytes += data.length;
            long s = System.nanoTime();
            List<String> errs = new ArrayList<>();
            BaseErrorListener listener = new BaseErrorListener() {
                @Override public void syntaxError(Recognizer<?, ?> r, Object o, int line, int col, String msg, RecognitionException e) {
                    errs.add(line + ":" + col + " " + msg);
                }
            };
            PhpLexer lexer = new PhpLexer(new PhpCharStream(data, f));
            lexer.removeErrorListeners(); lexer.addErrorListener(listener);
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            PhpParser parser = new PhpParser(tokens);
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            try {
                parser.file();
            } catch (ParseCancellationException e) {
                ll++;
                tokens.seek(0);
                parser.reset();
                parser.addErrorListener(listener);
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                parser.setErrorHandler(new DefaultErrorStrategy());
                parser.file();
            }
            long el = System.nanoTime() - s;
            if (el > slowest) { slowest = el; slowestFile = f; }
            if (!errs.isEmpty()) {
                errFiles++;
                if (errFiles <= 60) System.out.println(f + ": " + errs.subList(0, Math.min(3, errs.size())));
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d files, %.1f MB, %.2fs, %.2f MB/s, error files %d, LL fallbacks %d, slowest %.0f ms %s%n",
            files.size(), bytes / 1e6, secs, bytes / 1e6 / secs, errFiles, ll, slowest / 1e6, slowestFile);
    }
}
