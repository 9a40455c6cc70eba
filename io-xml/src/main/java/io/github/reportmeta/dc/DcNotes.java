package io.github.reportmeta.dc;

import io.github.reportmeta.format.ConversionNote;
import java.util.Locale;

/**
 * Where the Dublin Core mapping says what reading changed or could not keep: one call per value, so that the
 * reader can add the record's id and the element's location.
 */
@FunctionalInterface
interface DcNotes {

    /** Notes that go nowhere, for mapping a report's own statements back when a write counts its losses. */
    DcNotes NONE = (statement, kind, message) -> { };

    /** The longest quoted value, in characters. */
    int MAX_QUOTE = 80;

    /**
     * Says what happened to one statement.
     *
     * @param statement the statement as read
     * @param kind {@link ConversionNote.Kind#WARNING} when a value was dropped or changed, {@link ConversionNote.Kind#INFO} when nothing was lost
     * @param message the whole message, naming the element and quoting the value ({@link #describe})
     */
    void note(DcStatement statement, ConversionNote.Kind kind, String message);

    /**
     * A statement as a message names it: {@code dc:type 'texte' (xml:lang fre)}.
     *
     * @param s the statement
     * @return the element's name, the quoted value and its language
     */
    static String describe(DcStatement s) {
        return s.qname() + " '" + quote(s.value()) + "'"
                + (s.language() == null ? "" : " (xml:lang " + quote(s.language()) + ")");
    }

    /**
     * A value for a message: runs of white space become one space, other control characters {@code \\uXXXX},
     * and the result is cut to {@value #MAX_QUOTE} characters with "...".
     *
     * @param value the value as read
     * @return the quotable form
     */
    static String quote(String value) {
        StringBuilder b = new StringBuilder();
        String s = value.strip();
        boolean space = false;
        boolean cut = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                space = true;
                continue;
            }
            if (b.length() >= MAX_QUOTE) {
                cut = true;
                break;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE) {
                b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        }
        return cut ? b + "..." : b.toString();
    }
}
