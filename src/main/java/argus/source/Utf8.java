package argus.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding for display: UTF-8 when the bytes are valid UTF-8, otherwise ISO-8859-1. */
public final class Utf8 {
    private Utf8() {
    }

    public static String decodeLenient(byte[] bytes, int start, int end) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, end - start));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }
    }

    /** A string whose chars are bytes (as the lexer produced it) shown as UTF-8 where valid. */
    public static String fromLatin1Chars(String latin1) {
        boolean high = false;
        for (int i = 0; i < latin1.length() && !high; i++) {
            high = latin1.charAt(i) >= 0x80;
        }
        if (!high) {
            return latin1;
        }
        byte[] b = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return decodeLenient(b, 0, b.length);
    }
}
