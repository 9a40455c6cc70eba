package io.github.reportmeta.internal;

/** The characters that XML 1.0 documents can carry, shared by validation and the XML writers. */
public final class XmlChars {

    private XmlChars() {}

    /**
     * The index of the first character that XML 1.0 cannot carry: a C0 control other than TAB, LF and CR,
     * U+FFFE, U+FFFF, or a surrogate that is not part of a pair.
     *
     * @param text the text to check
     * @return the index of the first such character, or -1 when there is none
     */
    public static int firstIllegal(CharSequence text) {
        return firstIllegal(text.toString());
    }

    /**
     * The same for a {@code String}, the one loop: through {@code CharSequence} the call to {@code charAt} was not
     * inlined when several kinds of text had passed, and checking took most of the XML writer's time.
     *
     * @param text the text to check
     * @return the index of the first such character, or -1 when there is none
     */
    public static int firstIllegal(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Describes the character at an index for a message, as {@code U+0001}.
     *
     * @param text the text
     * @param index the index of the character
     * @return the code unit in U+ notation
     */
    public static String describe(CharSequence text, int index) {
        return String.format("U+%04X", (int) text.charAt(index));
    }
}
