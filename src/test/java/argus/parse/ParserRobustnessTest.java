package argus.parse;

import argus.ast.ParseResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.ast.Stmt;
import argus.source.SourceFile;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Inputs that break naive parsers: sizes, depths and files with no code. Each runs on a
 * thread with the stack the driver gives its workers; the timeouts catch hangs, they are
 * not speed tests (speed is measured by bench/).
 */
class ParserRobustnessTest {
    private static final long WORKER_STACK = 512L << 20;

    private static ParseResult parse(String code) {
        AtomicReference<ParseResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(PhpParsing.parse(SourceFile.of("stress.php", code)));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "parse", WORKER_STACK);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            t.start();
            t.join();
        });
        if (failure.get() != null) {
            throw new AssertionError("parser threw", failure.get());
        }
        return result.get();
    }

    @Test
    void tenMegabyteFile() {
        StringBuilder code = new StringBuilder("<?php\n");
        for (int i = 0; code.length() < 10_000_000; i++) {
            code.append("function f").append(i).append("($a, $b = [1, 'x']) { if ($a > $b) { return \"$a!\"; } ")
                .append("foreach ($b as $k => $v) { echo $k, $v; } return null; }\n");
        }
        ParseResult r = parse(code.toString());
        assertFalse(r.hasErrors());
        assertTrue(r.statements().size() > 50_000);
    }

    @Test
    void fiveThousandChainedConcatenations() {
        ParseResult r = parse("<?php $x = " + "$a . ".repeat(5000) + "$a;");
        assertFalse(r.hasErrors());
        assertEquals(1, r.statements().size());
    }

    @Test
    void twoThousandNestedParentheses() {
        ParseResult r = parse("<?php $x = " + "(".repeat(2000) + "1" + ")".repeat(2000) + ";");
        assertFalse(r.hasErrors());
    }

    @Test
    void twoThousandNestedArrays() {
        ParseResult r = parse("<?php $x = " + "[".repeat(2000) + "1" + "]".repeat(2000) + ";");
        assertFalse(r.hasErrors());
    }

    @Test
    void twoThousandNestedBlocks() {
        ParseResult r = parse("<?php " + "if ($a) { ".repeat(2000) + "echo 1;" + "}".repeat(2000));
        assertFalse(r.hasErrors());
    }

    @Test
    void unbalancedNestingIsAnErrorNotACrash() {
        ParseResult r = parse("<?php " + "(".repeat(5000));
        assertTrue(r.hasErrors());
    }

    @Test
    void onlyTheOpenTag() {
        ParseResult r = parse("<?php");
        assertFalse(r.hasErrors());
        assertEquals(0, r.statements().size());
    }

    @Test
    void noOpenTagAtAll() {
        ParseResult r = parse("plain text, <b>html</b> and a lone < sign\n");
        assertFalse(r.hasErrors());
        assertEquals(1, r.statements().size());
        assertTrue(r.statements().get(0) instanceof Stmt.InlineHtml html
                && html.text().equals("plain text, <b>html</b> and a lone < sign\n"));
    }

    @Test
    void emptyFile() {
        ParseResult r = parse("");
        assertFalse(r.hasErrors());
        assertEquals(0, r.statements().size());
    }

    @Test
    void binaryGarbageInsideCode() {
        StringBuilder code = new StringBuilder("<?php ");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            code.append((char) random.nextInt(256));
        }
        ParseResult r = parse(code.toString());
        assertTrue(r.hasErrors());
    }
}
