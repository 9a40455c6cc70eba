package io.github.reportmeta;

import io.github.reportmeta.validation.XmlCharacters;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * The stable identifier of a catalogue within its publisher's scope, such as {@code drc-2018-215}.
 *
 * <p>Construction rejects a blank id; validation expects no white space and at most 256 characters.
 *
 * @param value the id
 */
public record CatalogueId(@XmlCharacters @Pattern(regexp = "[^\\p{Z}\\p{Cc}\\p{Cf}]{1,256}", message = "{io.github.reportmeta.validation.Id.message}") String value) {

    /** Checks that the id is not blank. */
    public CatalogueId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new InvalidValueException("catalogue id must not be blank", value);
        }
    }

    /**
     * An id from its text.
     *
     * @param value the id
     * @return the id
     */
    public static CatalogueId of(String value) {
        return new CatalogueId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
