package argus.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComposerConstraintTest {
    private static final String NEWEST = PhpVersion.NEWEST.toString();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "^7.4 || ^8.0;          7.4..NEWEST",
            "^7.4|^8.0;             7.4..NEWEST",
            ">=7.2 <8.3;            7.2..8.2",
            ">=7.2,<8.3;            7.2..8.2",
            ">= 7.2 < 8.3;          7.2..8.2",
            "~8.1.0;                8.1",
            "~8.1;                  8.1..NEWEST",
            "~7.4;                  7.4",
            "8.2.*;                 8.2",
            "8.*;                   8.0..NEWEST",
            "7.x;                   7.0..7.4",
            ">=5.6;                 5.6..NEWEST",
            ">=5.3;                 5.6..NEWEST",
            "^8;                    8.0..NEWEST",
            "^7;                    7.0..7.4",
            "^7.1.3;                7.1..7.4",
            ">=7.2.5;               7.2..NEWEST",
            "<8.0;                  5.6..7.4",
            "<8.0.1;                5.6..8.0",
            "<=8.1;                 5.6..8.1",
            ">8.1;                  8.1..NEWEST",
            "8.1.3;                 8.1",
            "=8.3;                  8.3",
            "v8.2.1;                8.2",
            "7.4 - 8.1;             7.4..8.1",
            "7.4 - 8.1.3;           7.4..8.1",
            "7.4 - 8;               7.4..NEWEST",
            "*;                     5.6..NEWEST",
            ">=8.1@dev;             8.1..NEWEST",
            ">=8.1.0-RC1 <8.4;      8.1..8.3",
            "^7.4 || ~8.0.0 || ^8.2; 7.4..NEWEST",
            ">=8.0 !=8.1.0;         8.0..NEWEST",
            "8.1.0 || 8.3.2;        8.1..8.3",
    })
    void readsComposerConstraints(String constraint, String expected) {
        String want = expected.replace("NEWEST", NEWEST);
        if (want.endsWith(".." + NEWEST) && want.startsWith(NEWEST)) {
            want = NEWEST;
        }
        assertEquals(want, PhpVersionRange.fromComposerConstraint(constraint).toString(), constraint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dev-master", "^", ">=foo", "8.1 ||", "php8", "^9.0", "<5.6", ">=7.4 <7.4"})
    void unreadableOrEmptyConstraintsAreRejectedWithAMessage(String constraint) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhpVersionRange.fromComposerConstraint(constraint));
        assertTrue(e.getMessage().contains("constraint") || e.getMessage().contains("admits no PHP version"),
                e.getMessage());
    }
}
