package argus.report;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the XML reports share: a real XML writer (escaping is its job, not ours), and text made
 * safe for XML 1.0, which cannot carry most control characters at all, not even escaped: a PHP
 * file's binary junk or an escape sequence in a message would otherwise make the report unreadable.
 */
final class Xml {
    private static final char REPLACEMENT = '\uFFFD';

    private Xml() {
    }

    static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    }

    /** Text content: characters XML 1.0 forbids (and lone surrogates) become U+FFFD. */
    static String text(String s) {
        return clean(s, false);
    }

    /**
     * An attribute value: as {@link #text}, and tab, CR and LF become spaces, since a parser
     * normalises them to spaces anyway unless they are written as character references.
     */
    static String attribute(String s) {
        return clean(s, true);
    }

    private static String clean(String s, boolean attribute) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                r = attribute ? ' ' : c;
            } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                r = REPLACEMENT;
            }
            if (r != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(r);
            }
        }
        return b == null ? s : b.toString();
    }

    /** A line break and indentation, since XMLStreamWriter writes everything on one line. */
    static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
