package io.github.reportmeta.format;

import io.github.reportmeta.ReportMetadataException;

/** No format has the name asked for, or none recognises an input, or a format cannot do what was asked. */
public final class UnknownFormatException extends ReportMetadataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was looked for and what is known
     */
    public UnknownFormatException(String message) {
        super(message);
    }
}
