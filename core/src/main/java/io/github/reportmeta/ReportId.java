package io.github.reportmeta;

import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * The stable identifier of a report within its publisher's scope, such as {@code drc-2018-215}.
 *
 * <p>Construction rejects a blank id; validation expects at most 256 characters and no white space, control or
 * format character (Unicode general categories Z*, Cc and Cf: no U+00A0, U+200B, U+202E, U+FEFF, ...).
 *
 * <p>Ids compare by their text, so that a {@code HashMap} keyed by ids (a catalogue's diff and merge) keeps ids whose
 * hashes collide in a tree, searched in logarithmic time, instead of a list: ids such as {@code AaAa} and
 * {@code BBBB} share a {@link String#hashCode()}, and a catalogue of such ids would otherwise take quadratic time.
 *
 * @param value the id
 */
public record ReportId(@XmlCharacters @Pattern(regexp = "[^\\p{Z}\\p{Cc}\\p{Cf}]{1,256}", message = "{io.github.reportmeta.validation.Id.message}") String value) implements Comparable<ReportId> {

    /** Checks that the id is not blank. */
    public ReportId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new InvalidValueException("report id must not be blank", value);
        }
    }

    /**
     * An id from its text.
     *
     * @param value the id
     * @return the id
     */
    public static ReportId of(String value) {
        return new ReportId(value);
    }

    /** Orders ids by their text, code unit by code unit, as {@link String#compareTo} does. */
    @Override
    public int compareTo(ReportId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
