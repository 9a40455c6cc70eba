package io.github.reportmeta.validation.internal;

/**
 * Text from a record as a message quotes it: at most 80 characters, with every character a reader could not
 * see or that could reorder the message written as an escape.
 *
 * <p>Escaped are controls (general category Cc), format characters such as bidi controls and zero-width
 * spaces (Cf), separators other than the space (Z*, such as U+00A0, U+2028, U+3000), surrogates outside a pair,
 * and the backslash itself, so that an escape in the message is never text of the record. A character of the
 * Basic Multilingual Plane is written <code>&#92;u202E</code>, one beyond it <code>&#92;u{E0001}</code>.
 */
public final class QuotedText {

    /** The longest quotation, in characters, the ellipsis included. */
    public static final int MAX_LENGTH = 80;

    private QuotedText() {}

    /**
     * The text as a message quotes it.
     *
     * @param text the text
     * @return the escaped text, cut to {@link #MAX_LENGTH} characters with an ellipsis when longer
     */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean escaped = needsEscape(c);
            String piece = escaped ? escape(c) : "";
            int length = escaped ? piece.length() : next - i;
            boolean last = next >= text.length();
            if (out.length() + length > (last ? MAX_LENGTH : MAX_LENGTH - 1)) {
                return out.append('\u2026').toString();
            }
            if (escaped) {
                out.append(piece);
            } else {
                out.append(text, i, next);
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * Whether a character is escaped in a quotation.
     *
     * @param c the code point
     * @return true for controls, format characters, separators other than the space, lone surrogates, backslash
     */
    public static boolean needsEscape(int c) {
        if (c == ' ') {
            return false;
        }
        if (c == '\\') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static String escape(int c) {
        if (c == '\\') {
            return "\\\\";
        }
        return c <= 0xFFFF ? String.format("\\u%04X", c) : String.format("\\u{%X}", c);
    }
}
