package argus.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void equalArgumentsReuseTheResultAndOthersAreComputed() {
        List<String> calls = new ArrayList<>();
        Memo<List<Integer>, String, String> memo = new Memo<>((a, b) -> {
            calls.add(a + b);
            return a.size() + b;
        });
        assertEquals("2x", memo.apply(List.of(1, 2), "x"));
        // Equal, not identical: the memo is by equality.
        assertEquals("2x", memo.apply(new ArrayList<>(List.of(1, 2)), "x"));
        assertEquals("2y", memo.apply(List.of(1, 2), "y"));
        assertEquals("1x", memo.apply(List.of(3), "x"));
        assertEquals(List.of("[1, 2]x", "[1, 2]y", "[3]x"), calls);
    }

    @Test
    void aNullSecondArgumentAndANullResultAreRemembered() {
        int[] calls = {0};
        Memo<String, Void, String> memo = new Memo<>((a, unused) -> {
            calls[0]++;
            return a.isEmpty() ? null : a;
        });
        assertEquals(null, memo.apply("", null));
        assertEquals(null, memo.apply("", null));
        assertEquals("a", memo.apply("a", null));
        assertEquals(2, calls[0]);
    }

    @Test
    void aFullMemoStartsOverAndStillAnswersRight() {
        int[] calls = {0};
        Memo<Integer, Integer, Integer> memo = new Memo<>((a, b) -> {
            calls[0]++;
            return a * b;
        });
        for (int i = 0; i < 20_000; i++) {
            assertEquals(i * 3, memo.apply(i, 3));
        }
        assertEquals(20_000, calls[0]);
        assertEquals(57, memo.apply(19, 3));
        assertEquals(20_001, calls[0], "the early entries were dropped when the memo filled up");
        assertEquals(19_999 * 3, memo.apply(19_999, 3));
        assertEquals(20_001, calls[0], "the late ones are still there");
    }
}
