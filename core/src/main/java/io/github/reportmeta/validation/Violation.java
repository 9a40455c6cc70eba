package io.github.reportmeta.validation;

import java.util.Objects;

/**
 * One thing wrong with a record: how serious, a stable code, a message for people, and the JSON Pointer of
 * the field in the document ({@code /reports/3/authors/0/agent/orcid}).
 *
 * @param severity how serious it is
 * @param code a stable, lower-case, hyphenated code such as {@code checksum} that programs can act on
 * @param pointer the JSON Pointer (RFC 6901) of the field; the empty string for the whole document
 * @param message the message, in the validator's locale
 */
public record Violation(Severity severity, String code, String pointer, String message) {

    /** Checks that every part is present. */
    public Violation {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Whether this violation is an error.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The form {@code error /titles/0/text [xml-characters]: message}. */
    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + (pointer.isEmpty() ? "/" : pointer)
                + " [" + code + "]: " + message;
    }
}
