package argus.report;

import argus.source.LineMap;
import argus.source.SourceFile;
import argus.source.Span;
import argus.source.Utf8;

/**
 * The source line of a span and the caret line under it, as people see them: UTF-8 when the line is
 * valid UTF-8, control and bidi-override characters replaced (a binary file or a "trojan source" line
 * must not drive the terminal), and very long lines (minified code) cut to a window around the span.
 */
record Snippet(String line, String carets) {
    private static final int MAX_WIDTH = 160;
    private static final int LEAD = 60;
    private static final char REPLACEMENT = '\uFFFD';

    /** Null when the span's line is not in the file (an unreadable file, a span at 0:0). */
    static Snippet of(SourceFile source, Span span) {
        if (source == null || span.line() < 1) {
            return null;
        }
        LineMap lines = source.lines();
        if (span.line() > lines.lineCount()) {
            return null;
        }
        byte[] bytes = source.bytes();
        int lineStart = lines.lineStart(span.line());
        int lineEnd = lines.lineEnd(span.line(), bytes);
        int start = clamp(span.start(), lineStart, lineEnd);
        int end = span.endLine() == span.line() ? clamp(span.end(), start, lineEnd) : lineEnd;
        String before = clean(Utf8.decodeLenient(bytes, lineStart, start));
        String marked = clean(Utf8.decodeLenient(bytes, start, end));
        String after = clean(Utf8.decodeLenient(bytes, end, lineEnd));
        String text = before + marked + after;
        int caretStart = before.length();
        int caretCount = Math.max(1, marked.length());
        if (text.length() > MAX_WIDTH) {
            int from = Math.max(0, Math.min(caretStart - LEAD, text.length() - MAX_WIDTH));
            int to = Math.min(text.length(), from + MAX_WIDTH);
            String cut = (from > 0 ? "\u2026" : "") + text.substring(from, to) + (to < text.length() ? "\u2026" : "");
            int shift = from > 0 ? 1 : 0;
            caretCount = Math.max(1, Math.min(caretCount, to - caretStart));
            caretStart = caretStart - from + shift;
            text = cut;
        }
        StringBuilder carets = new StringBuilder();
        for (int i = 0; i < caretStart; i++) {
            // Tabs are copied so the caret lands under the same column whatever the tab width.
            carets.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        carets.append("^".repeat(caretCount));
        return new Snippet(text, carets.toString());
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(v, hi));
    }

    /** Replaces what a terminal would act on rather than show. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? REPLACEMENT : c);
            }
        }
        return b == null ? s : b.toString();
    }
}
