package io.github.reportmeta.text.internal;

/**
 * One line of text of a listing page, stripped of surrounding white space, with where it starts in the input.
 *
 * @param line the line of the input it starts on, from 1
 * @param column the column of its first character, from 1, or 0 when not known (HTML)
 * @param text the text; empty for a blank line, which separates paragraphs
 */
public record TextLine(long line, long column, String text) {

    /**
     * Whether the line holds no text.
     *
     * @return true for a blank line
     */
    public boolean isBlank() {
        return text.isEmpty();
    }
}
