package io.github.reportmeta.internal.messages;

import org.jspecify.annotations.Nullable;

/**
 * How every codec quotes a piece of input in a message: at most {@value #MAX_QUOTE} characters, with an ellipsis
 * and the full length when cut, and no raw control character (C0, DEL, C1, U+2028, U+2029), which is written as a
 * backslash, {@code u} and four hex digits, so that no input can forge lines or escape sequences in a message.
 */
public final class Quoting {

    /** The most characters of one piece of input a message shows. */
    public static final int MAX_QUOTE = 80;

    private Quoting() {}

    /**
     * A piece of input as a message quotes it.
     *
     * @param text a piece of input, or {@code null}
     * @return the text cut and escaped, or {@code null} as the word
     */
    public static String clip(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        String cut = text;
        if (text.length() > MAX_QUOTE) {
            int end = MAX_QUOTE;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            cut = text.substring(0, end) + "\u2026 (" + text.length() + " characters)";
        }
        return escapeControls(cut);
    }

    /**
     * A message with every control character escaped, for messages that quote input they did not clip themselves.
     *
     * @param text the message
     * @return the message, the same instance when it holds no control character
     */
    public static String escapeControls(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
            if (control && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                if (control) {
                    b.append(String.format("\\u%04X", (int) c));
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
