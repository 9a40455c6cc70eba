package io.github.reportmeta.cli.internal;

/**
 * Text made safe to print on one line of a terminal, a log or a text report: every character that could move the
 * cursor, recolour the screen, end the line or reorder what is shown is written as a {@code \}{@code u001B}-style
 * escape.
 *
 * <p>This is the one place the command line escapes what it prints to standard error and in text reports, so that
 * an input can neither forge a line nor send a terminal control sequence.
 */
public final class TerminalText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TerminalText() {}

    /**
     * The text with each C0 and C1 control character (tab, line feed and carriage return included), DEL, each
     * Unicode bidirectional control (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and the line and
     * paragraph separators (U+2028, U+2029) replaced by {@code \}{@code uXXXX}.
     *
     * @param text the text, possibly quoted from an input
     * @return the text, safe to print on one line
     */
    public static String escape(CharSequence text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text.toString();
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                b.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether a character is escaped by {@link #escape(CharSequence)}.
     *
     * @param c the character
     * @return whether it is a control, bidirectional or line-separating character
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C'
                || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }

    private static int firstUnsafe(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
