package io.github.reportmeta.text.internal;

import org.jspecify.annotations.Nullable;

/** Lines of text read from a listing page, plain or HTML. */
public interface LineSource extends AutoCloseable {

    /**
     * The next line.
     *
     * @return the line, or {@code null} at the end of the input
     * @throws io.github.reportmeta.format.ReportParseException for input that is no text, or a line too long
     */
    @Nullable TextLine next();

    /** Closes the input. */
    @Override
    void close();
}
