package io.github.reportmeta.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.WordUtils;

/**
 * Wrapping of text at a column, counting East Asian wide characters as two columns. Text of narrow characters
 * only is wrapped by {@link WordUtils} at spaces; text with wide characters, which has no spaces between words,
 * may also break between any two characters where one is wide, never before closing punctuation (，。、) or after
 * opening punctuation (（《). A word longer than the line (a web address) is never broken.
 */
public final class Columns {

    private static final String CLOSING = "，。、；：！？）」』》〉】〕,.;:!?)]}\u201D\u2019\u2026";
    private static final String OPENING = "（「『《〈【〔(\u201C\u2018";

    private Columns() {}

    /**
     * Wraps text into lines that each start with an indent and, where the words allow, fit the width.
     *
     * @param text the text; runs of white space count as one space
     * @param width the column to wrap at, counting the indent
     * @param indent the text each line starts with
     * @return the lines, at least one
     */
    public static List<String> wrap(String text, int width, String indent) {
        String s = Excerpt.collapse(text);
        int available = Math.max(1, width - width(indent));
        List<String> lines = new ArrayList<>();
        if (s.codePoints().noneMatch(Columns::isWide)) {
            for (String line : WordUtils.wrap(s, available, "\n", false).split("\n", -1)) {
                lines.add(indent + line.strip());
            }
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (Unit unit : units(s)) {
            int w = width(unit.text());
            int gap = unit.spaceBefore() && line.length() > 0 ? 1 : 0;
            if (line.length() > 0 && used + gap + w > available) {
                lines.add(indent + line);
                line.setLength(0);
                used = 0;
                gap = 0;
            }
            if (gap == 1) {
                line.append(' ');
            }
            line.append(unit.text());
            used += gap + w;
        }
        lines.add(indent + line);
        return lines;
    }

    /**
     * The number of columns text takes in a monospaced font: two for each wide character, one for the rest.
     *
     * @param text the text
     * @return the columns
     */
    public static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    /** A piece of text that is never broken, and whether a space stood before it. */
    private record Unit(String text, boolean spaceBefore) {}

    private static List<Unit> units(String s) {
        List<Unit> units = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentSpace = false;
        boolean pendingSpace = false;
        boolean glue = false;
        int previous = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                pendingSpace = true;
                previous = c;
                continue;
            }
            boolean breakBefore = current.length() == 0
                    || pendingSpace
                    || ((isWide(c) || isWide(previous)) && !glue && CLOSING.indexOf(c) < 0);
            if (breakBefore && current.length() > 0) {
                units.add(new Unit(current.toString(), currentSpace));
                current.setLength(0);
            }
            if (current.length() == 0) {
                currentSpace = pendingSpace;
            }
            current.appendCodePoint(c);
            glue = OPENING.indexOf(c) >= 0;
            pendingSpace = false;
            previous = c;
        }
        if (current.length() > 0) {
            units.add(new Unit(current.toString(), currentSpace));
        }
        return units;
    }

    /**
     * Whether a character takes two columns: East Asian wide and full-width characters.
     *
     * @param c the code point
     * @return true for a wide character
     */
    public static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0x303E)
                || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
