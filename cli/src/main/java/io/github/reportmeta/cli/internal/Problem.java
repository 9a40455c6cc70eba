package io.github.reportmeta.cli.internal;

import io.github.reportmeta.validation.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem that {@code reportmeta validate} found: a parse error, a constraint violation or a reader's
 * warning, with where it is.
 *
 * @param file the input's name
 * @param line the line, from 1, or 0 when not known
 * @param column the column, from 1, or 0 when not known
 * @param severity how serious it is
 * @param code a stable code, such as {@code checksum} or {@code parse-error}
 * @param pointer the JSON Pointer of the field in the file's document, or the empty string
 * @param message what is wrong
 */
public record Problem(String file, long line, long column, Severity severity, String code, String pointer, String message) {

    /** Checks that every part is present. */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The place as {@code file:line:column}, leaving out what is not known.
     *
     * @return the place
     */
    public String place() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** The form {@code file:3:1: error [checksum] /reports/0/authors/0/agent/orcid: message}. */
    @Override
    public String toString() {
        return place() + ": " + severity.name().toLowerCase(Locale.ROOT) + " [" + code + "] "
                + (pointer.isEmpty() ? "" : pointer + ": ") + message;
    }
}
