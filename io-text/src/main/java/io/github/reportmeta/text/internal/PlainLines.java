package io.github.reportmeta.text.internal;

import io.github.reportmeta.format.ReportParseException;
import io.github.reportmeta.format.SourceLocation;
import io.github.reportmeta.internal.Utf8Input;
import org.jspecify.annotations.Nullable;

/** The lines of a plain-text listing page; a line longer than the limit fails with its position. */
public final class PlainLines implements LineSource {

    private final Utf8Input in;
    private final long maxLine;
    private boolean ended;

    /**
     * Reads lines from decoded input.
     *
     * @param in the input
     * @param maxLine the longest line, in characters
     */
    public PlainLines(Utf8Input in, long maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    @Override
    public @Nullable TextLine next() {
        if (ended) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        long startLine = 0;
        int c;
        while ((c = in.read()) != -1) {
            if (startLine == 0) {
                startLine = in.line();
            }
            if (c == '\n' || c == '\r') {
                return line(startLine, b);
            }
            if (b.length() >= maxLine) {
                throw new ReportParseException("line is longer than " + maxLine
                        + " characters; a listing page holds one field per line", in.location(), "");
            }
            b.append((char) c);
        }
        ended = true;
        return startLine == 0 ? null : line(startLine, b);
    }

    private static TextLine line(long number, StringBuilder b) {
        int start = 0;
        while (start < b.length() && isSpace(b.charAt(start))) {
            start++;
        }
        int end = b.length();
        while (end > start && isSpace(b.charAt(end - 1))) {
            end--;
        }
        return new TextLine(number, start == end ? 0 : start + 1, b.substring(start, end));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    @Override
    public void close() {
        in.close();
    }

    /**
     * The location of a line's text for messages.
     *
     * @param source the input's name
     * @param line the line
     * @param offset the index in the line's text
     * @return the location, with a column when the line has one
     */
    public static SourceLocation at(String source, TextLine line, int offset) {
        return new SourceLocation(source, line.line(), line.column() == 0 ? 0 : line.column() + line.text().codePointCount(0, offset));
    }
}
