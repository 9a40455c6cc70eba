package io.github.reportmeta;

import io.github.reportmeta.internal.messages.Quoting;

/**
 * A value that cannot exist at all: text that is no ORCID iD, a date such as 2018-02-30, a blank id.
 *
 * <p>Thrown by the {@code of} and {@code parse} factories of the value types. Content that is well-formed but
 * not acceptable (a wrong check digit, a date in the future) is reported by validation instead.
 */
public final class InvalidValueException extends ReportMetadataException {

    private static final long serialVersionUID = 1L;

    private final String value;

    /**
     * Creates an exception for a rejected value.
     *
     * @param expected what the value must look like, as a phrase ("ORCID iD must look like 0000-0000-0000-000X")
     * @param value the rejected value, as given
     */
    public InvalidValueException(String expected, Object value) {
        super(expected + ", but was '" + Quoting.escapeControls(String.valueOf(value)) + "'");
        this.value = String.valueOf(value);
    }

    /**
     * The rejected value, as given.
     *
     * @return the value that could not be turned into a model value
     */
    public String value() {
        return value;
    }
}
