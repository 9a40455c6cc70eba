package io.github.reportmeta.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A write to an output failed (a full disk, a closed pipe, a device that refuses data): the run ends with exit 1. */
public final class WriteException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param output the output in messages: {@code standard output} or {@code 'file'}
     * @param cause the failure of the write
     */
    public WriteException(String output, IOException cause) {
        super("cannot write to " + output + ": " + reason(cause), cause);
    }

    private static String reason(IOException cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
