package io.github.reportmeta;

/** The root of every exception that reportmeta throws on purpose; all of them are unchecked. */
public class ReportMetadataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what was wrong and what was expected.
     *
     * @param message the description of the failure
     */
    public ReportMetadataException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message the description of the failure
     * @param cause the underlying failure
     */
    public ReportMetadataException(String message, Throwable cause) {
        super(message, cause);
    }
}
