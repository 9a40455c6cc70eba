package io.github.reportmeta.format;

import java.util.Objects;

/**
 * A place in an input: the source's name, a line and a column, both counted from 1; 0 where unknown.
 *
 * @param source the name of the input, such as a file name or {@code <stdin>}
 * @param line the line, from 1, or 0 when not known
 * @param column the column, from 1, or 0 when not known
 */
public record SourceLocation(String source, long line, long column) {

    /** Checks that the source is named and the numbers are not negative. */
    public SourceLocation {
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 or more, but were " + line + ":" + column);
        }
    }

    /**
     * A location known only by its source.
     *
     * @param source the name of the input
     * @return the location
     */
    public static SourceLocation of(String source) {
        return new SourceLocation(source, 0, 0);
    }

    /** The form {@code catalogue.json:3:38}, or {@code catalogue.json:3} without a column. */
    @Override
    public String toString() {
        if (line == 0) {
            return source;
        }
        return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }
}
