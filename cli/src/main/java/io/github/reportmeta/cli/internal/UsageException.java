package io.github.reportmeta.cli.internal;

import io.github.reportmeta.ReportMetadataException;

/** A command line that asks for something impossible, or a file that cannot be opened: exit code 2. */
public final class UsageException extends ReportMetadataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and what to do instead
     */
    public UsageException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong and what to do instead
     * @param cause the underlying failure
     */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
