package io.github.reportmeta.text.internal;

import java.util.function.IntConsumer;

/** The opening of a text, cut at a word boundary (or, in text without spaces, at a punctuation mark) with an ellipsis. */
public final class Excerpt {

    private static final String CLAUSE_ENDS = "，。；、！？：,;";
    private static final String TRAILING = ",;:，；：、 -";

    private Excerpt() {}

    /**
     * The text with every run of white space made one space, and stripped.
     *
     * @param text the text
     * @return the collapsed text
     */
    public static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * The opening of a text: the whole text when it has at most {@code max} code points, else the text cut at
     * the last space in the second half of the allowance (or, for text without spaces such as Chinese, after
     * the last clause-ending mark there, else at the allowance), with trailing separators removed and an
     * ellipsis added.
     *
     * @param text the text
     * @param max the most code points kept, 20 or more
     * @return the opening
     */
    public static String opening(String text, int max) {
        String s = collapse(text);
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        int limit = s.offsetByCodePoints(0, max);
        int half = s.offsetByCodePoints(0, max / 2);
        int cut = -1;
        int space = s.lastIndexOf(' ', limit);
        if (space >= half) {
            cut = space;
        } else {
            for (int i = limit - 1; i >= half; i--) {
                if (CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) {
                    cut = i + 1;
                    break;
                }
            }
        }
        if (cut < 0) {
            cut = limit;
        }
        String head = s.substring(0, cut);
        int end = head.length();
        while (end > 0 && TRAILING.indexOf(head.charAt(end - 1)) >= 0) {
            end--;
        }
        return head.substring(0, end) + "\u2026";
    }

    /**
     * The text with every character a digest must not write replaced by U+FFFD: C0 controls (tab, line feed and
     * carriage return too: each field is one line), DEL, C1 controls, and bidi controls (U+202A to U+202E,
     * U+2066 to U+2069, U+200E, U+200F, U+061C), which a terminal or mail client would act on instead of showing.
     *
     * @param text the text
     * @param replaced told each replaced character, in order
     * @return the text, the same instance when nothing was replaced
     */
    public static String printable(String text, IntConsumer replaced) {
        int first = 0;
        while (first < text.length() && !isUnprintable(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnprintable(c)) {
                replaced.accept(c);
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a digest replaces a character: a C0 or C1 control, DEL, or a bidi control.
     *
     * @param c the character
     * @return true when the character is never written
     */
    public static boolean isUnprintable(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
