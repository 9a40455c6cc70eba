package io.github.reportmeta.oai.harvest;

import io.github.reportmeta.ReportMetadataException;

/**
 * A harvest failed: the repository answered with an HTTP error, did not answer within the retries, sent a page
 * too large, or the state file does not fit the harvest. The message names the URL or the file.
 */
public class HarvestException extends ReportMetadataException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and where
     */
    public HarvestException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what failed and where
     * @param cause the underlying failure
     */
    public HarvestException(String message, Throwable cause) {
        super(message, cause);
    }
}
