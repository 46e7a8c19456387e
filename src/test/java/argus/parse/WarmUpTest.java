package argus.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.ast.ParseResult;
import argus.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warm-up sample is only worth its time if it is valid PHP in every piece: a piece with a
 * syntax error would warm the error recovery, not the paths real files take.
 */
class WarmUpTest {
    @Test
    void everyPieceIsValidPhpThatTakesTheFastPath() throws Exception {
        List<SourceFile> pieces = WarmUp.pieces();
        assertTrue(pieces.size() >= 4, "the sample is split into pieces, found " + pieces.size());
        for (SourceFile piece : pieces) {
            ParseResult r = PhpParsing.parse(piece);
            assertEquals(List.of(), r.errors(), piece.text());
            assertFalse(r.usedFullLL(), "piece fell back to full LL: " + piece.text());
            assertFalse(r.statements().isEmpty(), "empty piece");
            assertTrue(piece.text().startsWith("<?php"), "a piece is a PHP file of its own");
        }
    }

    @Test
    void piecesAreSmallSoThatStoppingIsPrompt() throws Exception {
        for (SourceFile piece : WarmUp.pieces()) {
            assertTrue(piece.length() < 4000, "piece of " + piece.length() + " bytes");
        }
    }
}
